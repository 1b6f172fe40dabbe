// Test helpers for remotes, a separate entry point so that a remote's build never carries them.
export {
  FakeRefusal,
  fakeModuleService,
  rawServerMessage,
  refusal,
  type FakeHandler,
  type FakeModuleService,
} from './fake-module-service';
