// Bundled in place of `undici`, which @actions/http-client imports only for its proxy dispatcher
// (OIDC tokens through a proxy). No stage makes HTTP requests through @actions/core, and leaving
// undici out of the bundles saves ~770 KB of code parsed on every command's start.
export class ProxyAgent {
  constructor() {
    throw new Error(
      'dify-plugin-release: undici is not bundled; HTTP through @actions/http-client is unavailable',
    );
  }
}
