/**
 * The teacher page: asks for the secret (kept in this tab's sessionStorage), then lists the class
 * sessions, creates new ones, and follows one live (polled every two seconds) with a QR code per
 * join code — made for the address groups can reach: the page's own, or when the teacher opened it
 * on this computer (127.0.0.1), the server's first network address.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import QRCode from 'qrcode';
import { PLAY_LEVELS } from '../../../game/ai/index.ts';
import type { Power } from '../../../game/index.ts';
import { useNetT } from '../../../ui/i18n/net.ts';
import { NetPage } from '../../../ui/net/JoinView.tsx';
import { NewClassForm, SecretForm, SessionList, SessionPanel } from '../../../ui/net/TeacherView.tsx';
import type { ClassInfo, NewMatch } from '../../../ui/net/types.ts';
import { api } from './api.ts';
import { useSecret } from './secret.ts';

const LEVELS = PLAY_LEVELS.map((l) => l.id);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function TeacherScreen({ picker }: { picker: ReactNode }) {
  const tn = useNetT();
  const { secret, wrong, remember, forget, accepted } = useSecret();
  const [classes, setClasses] = useState<ClassInfo[] | null>(null);
  const [open, setOpen] = useState<ClassInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [origin, setOrigin] = useState(window.location.origin);
  const [qr, setQr] = useState<Record<string, string>>({});

  const refused = useCallback(
    (a: { status: number; message: string }) => {
      if (a.status === 401) {
        forget(true);
      } else setError(a.message);
    },
    [forget],
  );

  const loadList = useCallback(
    async (s: string): Promise<boolean> => {
      const answer = await api.classes(s);
      if (answer.ok) {
        setClasses(answer.value.classes);
        accepted();
      } else refused(answer);
      return answer.ok;
    },
    [refused, accepted],
  );

  useEffect(() => {
    if (!secret) return;
    void loadList(secret).then(async (ok) => {
      if (!ok || !LOOPBACK.has(window.location.hostname)) return;
      const a = await api.server(secret);
      const lan = a.ok ? a.value.addresses.find((u) => !LOOPBACK.has(new URL(u).hostname)) : undefined;
      if (lan) setOrigin(new URL(lan).origin);
    });
  }, [secret, loadList]);

  // Follow the open session live.
  const openId = open?.id ?? null;
  useEffect(() => {
    if (!secret || !openId) return;
    let live = true;
    const poll = async () => {
      const a = await api.classDetail(secret, openId);
      if (!live) return;
      if (a.ok) setOpen(a.value);
      else refused(a);
    };
    const timer = setInterval(() => void poll(), 2000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [secret, openId, refused]);

  // A QR code per join code of the open session.
  const codes = open?.matches.map((m) => m.code).join(',') ?? '';
  useEffect(() => {
    if (!codes) return;
    let live = true;
    void Promise.all(
      codes.split(',').map(async (c) => [c, await QRCode.toDataURL(`${origin}/join/${c}`, { margin: 1, width: 320 })]),
    ).then((pairs) => live && setQr(Object.fromEntries(pairs)));
    return () => void (live = false);
  }, [codes, origin]);

  const openClass = async (id: string) => {
    if (!secret) return;
    const a = await api.classDetail(secret, id);
    if (a.ok) setOpen(a.value);
    else refused(a);
  };
  const create = async (name: string, matches: NewMatch[]) => {
    if (!secret) return;
    setBusy(true);
    setError(null);
    const a = await api.createClass(secret, name, matches);
    setBusy(false);
    if (a.ok) await openClass(a.value.id);
    else refused(a);
  };
  const act = async (run: () => Promise<{ ok: boolean; status?: number; message?: string }>) => {
    setError(null);
    const a = await run();
    if (!a.ok) refused(a as { status: number; message: string });
    if (secret && openId) await openClass(openId);
  };

  let body: ReactNode;
  if (!secret) {
    body = <SecretForm wrong={wrong} onSubmit={remember} />;
  } else if (open) {
    body = (
      <SessionPanel
        info={open}
        origin={origin}
        qr={qr}
        levels={LEVELS}
        error={error}
        onPause={(matchID, paused) => void act(() => api.pause(secret, matchID, paused))}
        onSeat={(matchID, power: Power, to) => void act(() => api.handSeat(secret, matchID, power, to))}
        onEnd={() => void act(() => api.endClass(secret, open.id))}
        onDebrief={() => window.location.assign(`/class/${open.id}`)}
        onBack={() => {
          setOpen(null);
          void loadList(secret);
        }}
      />
    );
  } else {
    body = (
      <>
        {error && (
          <p role="alert" className="net-error">
            {tn('teacher.failed', { message: error })}
          </p>
        )}
        <NewClassForm levels={LEVELS} busy={busy} onCreate={(n, m) => void create(n, m)} />
        {classes && <SessionList classes={classes} onOpen={(id) => void openClass(id)} />}
      </>
    );
  }
  return (
    <NetPage
      title={tn('teacher.title')}
      aside={
        <div className="net-row">
          {picker}
          {secret && (
            <button
              type="button"
              onClick={() => {
                forget();
                setOpen(null);
              }}
            >
              {tn('teacher.forget')}
            </button>
          )}
        </div>
      }
    >
      {body}
    </NetPage>
  );
}
