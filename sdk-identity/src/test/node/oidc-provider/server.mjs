// Starts panva/oidc-provider on loopback as an independent, OpenID Certified provider for
// sdk-identity's interop test. Usage: node server.mjs <config.json>; prints "ready <port>".
import { readFileSync } from 'node:fs';
import { generateKeyPair, exportJWK } from 'jose';
import Provider from 'oidc-provider';

const cfg = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { privateKey } = await generateKeyPair('ES256', { extractable: true });
const signing = { ...(await exportJWK(privateKey)), kid: 'interop-es256', alg: 'ES256', use: 'sig' };

const provider = new Provider(`http://127.0.0.1:${cfg.port}`, {
  clients: [{
    client_id: cfg.clientId,
    redirect_uris: [cfg.redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'ES256',
    id_token_signed_response_alg: 'ES256',
    jwks: { keys: [cfg.clientJwk] },
  }],
  jwks: { keys: [signing] },
  features: {
    devInteractions: { enabled: true },
    pushedAuthorizationRequests: { enabled: true, requirePushedAuthorizationRequests: true },
    dPoP: { enabled: true },
  },
  pkce: { required: () => true },
  claims: { openid: ['sub', 'name', 'vn_personal_id'] },
  conformIdTokenClaims: false,
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, name: 'Nguyễn Văn An', vn_personal_id: '001090123456' }),
  }),
});
provider.listen(cfg.port, '127.0.0.1', () => console.log(`ready ${cfg.port}`));
