/** The problems found in a file a teacher dropped: a heading line and one item per field path. */
import type { Problem } from '../../game/index.ts';

export function ProblemList({
  intro,
  problems,
  testId,
  limit,
}: {
  intro: string;
  problems: readonly Problem[];
  testId: string;
  limit?: number;
}) {
  return (
    <div className="problems" data-testid={testId}>
      <p>{intro}</p>
      <ul>
        {problems.slice(0, limit ?? problems.length).map((p, i) => (
          <li key={i} data-path={p.path}>
            {p.path ? <code>{p.path}</code> : null}
            {p.path ? ': ' : ''}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
