/** Paths the service worker leaves to the network: the server's class API, game sockets and lobby. */
export const NETWORK_ONLY: RegExp[] = [/^\/api(\/|$)/, /^\/socket\.io(\/|$)/, /^\/games(\/|$)/];
