// Everything: for services. Browser code imports the narrower entries (./identity-code, ./guardianship,
// ./principal), which pull in neither jose nor the token verifier.
export * from './identity-code/index';
export * from './guardianship/index';
export * from './principal/index';
export * from './tokens/index';
