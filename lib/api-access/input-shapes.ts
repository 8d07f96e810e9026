import { ANY, cognitoStruct, libStruct, listOf, nested, STRING } from '../private/validation/shapes/shape';

export const RESOURCE_SERVER_SCOPE_SHAPE = cognitoStruct('ResourceServerScopeProps', {
  scopeName: STRING,
  scopeDescription: STRING,
});

/** The known keys of a resource server's options. */
export const RESOURCE_SERVER_SHAPE = libStruct('ResourceServerOptions', {
  identifier: STRING,
  name: STRING,
  scopes: listOf(nested(RESOURCE_SERVER_SCOPE_SHAPE)),
});

/** The known keys of a machine-to-machine client's options. */
export const MACHINE_CLIENT_SHAPE = libStruct('MachineClientOptions', {
  name: STRING,
  oAuthScopes: listOf(ANY),
  accessTokenValidity: ANY,
});
