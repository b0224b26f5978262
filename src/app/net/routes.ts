/**
 * Which network page a path is (contract: app paths), or null for the start page and hot-seat play.
 * Codes are passed on as typed; the server normalises and checks them.
 */
export type NetRoute =
  | { page: 'teacher' }
  | { page: 'join'; code: string }
  | { page: 'play'; matchID: string }
  | { page: 'watch'; code: string }
  | { page: 'class'; classId: string };

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

export function netRoute(pathname: string): NetRoute | null {
  const parts = pathname.split('/').filter(Boolean);
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return null;
  const id = second !== undefined && SEGMENT.test(second) ? second : null;
  switch (first) {
    case 'teacher':
      return second === undefined ? { page: 'teacher' } : null;
    case 'join':
      return second === undefined ? { page: 'join', code: '' } : id ? { page: 'join', code: id } : null;
    case 'play':
      return id ? { page: 'play', matchID: id } : null;
    case 'watch':
      return id ? { page: 'watch', code: id } : null;
    case 'class':
      return id ? { page: 'class', classId: id } : null;
    default:
      return null;
  }
}
