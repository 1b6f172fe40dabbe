// The claims an Asiointi access token and ID token carry beyond the standard OpenID Connect ones
// (sub, given_name, family_name, locale, acr). The dev identity provider issues them under these names,
// and a production broker is configured to map its own names onto them.
export const IDENTITY_CODE_CLAIM = 'personal_identity_code';
export const STAFF_ROLES_CLAIM = 'roles';

/** OpenID Connect scopes that release the claims above in an ID token. */
export const IDENTITY_CODE_SCOPE = 'personal_identity_code';
export const STAFF_ROLES_SCOPE = 'roles';

/** The audience of access tokens meant for the Asiointi services. */
export const SERVICES_AUDIENCE = 'asiointi-services';
