/**
 * A file picker that is also a drop zone, shared by the scenario loader and the game import. It only
 * hands over the chosen or dropped file; reading and checking it is the caller's business.
 */
import { useId, useState, type DragEvent, type ReactNode } from 'react';

interface Props {
  /** The help sentence inside the zone (may hold a link). */
  help: ReactNode;
  /** The picker's label. */
  choose: string;
  onFile: (file: File) => void;
  testId: string;
}

export function FileDrop({ help, choose, onFile, testId }: Props) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`drop-zone${over ? ' is-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={`${testId}-drop`}
    >
      <p id={`${inputId}-help`}>{help}</p>
      <label htmlFor={inputId} className="drop-label">
        {choose}
      </label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${inputId}-help`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
        data-testid={testId}
      />
    </div>
  );
}
