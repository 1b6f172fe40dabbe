export {
  boundaryRule,
  browserImportsRule,
  moduleBoundaryProbes,
  pureLayerImportsRule,
  type BoundaryProbe,
} from './boundary-probes';
