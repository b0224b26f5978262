/**
 * The class-wide debrief `/class/<id>`: the teacher's secret (as on the teacher page), then every
 * ended match of the session with its full record from the server.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useNetT } from '../../../ui/i18n/net.ts';
// SWAP POINT: helper "whatif"'s ui/class-debrief/ClassDebrief.tsx (props `matches: {label, record}[]`)
// replaces ClassTable once it is on main.
import { ClassTable, type ClassRow } from '../../../ui/net/ClassTable.tsx';
import { NetPage } from '../../../ui/net/JoinView.tsx';
import { SecretForm } from '../../../ui/net/TeacherView.tsx';
import { api } from './api.ts';
import { readSecret, writeSecret } from './secret.ts';

function download(file: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ClassScreen({ classId, picker }: { classId: string; picker: ReactNode }) {
  const tn = useNetT();
  const [secret, setSecret] = useState<string | null>(readSecret);
  const [wrong, setWrong] = useState(false);
  const [data, setData] = useState<{ name: string; rows: ClassRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!secret) return;
    let live = true;
    void api.debrief(secret, classId).then((a) => {
      if (!live) return;
      if (a.ok) {
        const rows = a.value.matches.map((m, i) => ({
          label: tn('classDebrief.match', { n: i + 1, code: m.code }),
          record: m.record,
          groups: Object.fromEntries(m.seats.map((s) => [s.power, s.mode === 'group' ? s.name : null])),
        }));
        setData({ name: a.value.name, rows });
      } else if (a.status === 401) {
        writeSecret(null);
        setSecret(null);
        setWrong(true);
      } else setError(a.message);
    });
    return () => void (live = false);
  }, [secret, classId, tn]);

  let body: ReactNode;
  if (!secret)
    body = (
      <SecretForm
        wrong={wrong}
        onSubmit={(s) => {
          writeSecret(s);
          setSecret(s);
        }}
      />
    );
  else if (error) body = <p className="net-error">{error}</p>;
  else if (data) body = <ClassTable name={data.name} rows={data.rows} onDownload={download} />;
  return (
    <NetPage title={tn('classDebrief.title', { name: data?.name ?? '' })} aside={picker}>
      <p className="no-print">
        <a href="/teacher">{tn('classDebrief.back')}</a>
      </p>
      {body}
    </NetPage>
  );
}
