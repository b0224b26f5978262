/**
 * The class-wide debrief `/class/<id>`: the teacher's secret (as on the teacher page), then every
 * ended match of the session with its full record from the server, shown by the class debrief (results
 * with the groups' names, charts, the decisions that differed, print and the grading exports).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useNetT } from '../../../ui/i18n/net.ts';
import type { ClassMatch } from '../../../game/class-summary.ts';
import { ClassDebrief } from '../../../ui/class-debrief/ClassDebrief.tsx';
import { NetPage } from '../../../ui/net/JoinView.tsx';
import { SecretForm } from '../../../ui/net/TeacherView.tsx';
import { api } from './api.ts';
import { useSecret } from './secret.ts';

export function ClassScreen({ classId, picker }: { classId: string; picker: ReactNode }) {
  const tn = useNetT();
  const { secret, wrong, remember, forget } = useSecret();
  const [data, setData] = useState<{ name: string; matches: ClassMatch[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!secret) return;
    let live = true;
    void api.debrief(secret, classId).then((a) => {
      if (!live) return;
      if (a.ok) {
        const matches = a.value.matches.map((m, i) => ({
          label: tn('classDebrief.match', { n: i + 1, code: m.code }),
          record: m.record,
          groups: Object.fromEntries(m.seats.map((s) => [s.power, s.mode === 'group' ? s.name : null])),
          stopped: m.stopped,
        }));
        setData({ name: a.value.name, matches });
      } else if (a.status === 401) {
        forget(true);
      } else setError(a.message);
    });
    return () => void (live = false);
  }, [secret, classId, tn, forget]);

  let body: ReactNode;
  if (!secret) body = <SecretForm wrong={wrong} onSubmit={remember} />;
  else if (error) body = <p className="net-error">{error}</p>;
  else if (data) body = <ClassDebrief matches={data.matches} fileName={data.name} />;
  return (
    <NetPage title={tn('classDebrief.title', { name: data?.name ?? '' })} aside={picker}>
      <p className="no-print">
        <a href="/teacher">{tn('classDebrief.back')}</a>
      </p>
      {body}
    </NetPage>
  );
}
