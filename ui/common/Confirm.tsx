/**
 * Asking before anything is deleted or replaced: a modal dialog (the browser's own <dialog>, so the
 * rest of the page is inert, the focus stays inside and Escape cancels) with the question, what will
 * happen, and two buttons — the safe one ("Keep it") focused first, the destructive one named for what
 * it does. `useConfirm` gives a component a `confirm(question)` that resolves to the answer.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './common.css';

export interface ConfirmQuestion {
  title: string;
  body: string;
  /** The destructive button's words ("Delete the game"). */
  yes: string;
  /** The safe button's words (default: "Cancel"). */
  no?: string;
}

interface Props {
  question: ConfirmQuestion;
  onAnswer: (yes: boolean) => void;
}

export function Confirm({ question, onAnswer }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    keep.current?.focus();
    return () => {
      if (d.open) d.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={`${id}-title`}>{question.title}</h2>
      <p id={`${id}-body`}>{question.body}</p>
      <div className="confirm-row">
        <button type="button" ref={keep} onClick={() => onAnswer(false)} data-testid="confirm-no">
          {question.no ?? t('confirmDialog.cancel')}
        </button>
        <button type="button" className="danger" onClick={() => onAnswer(true)} data-testid="confirm-yes">
          {question.yes}
        </button>
      </div>
    </dialog>
  );
}

/** A `confirm(question)` for a component, and the dialog to render while a question is open. */
export function useConfirm(): [ReactNode, (question: ConfirmQuestion) => Promise<boolean>] {
  const [open, setOpen] = useState<{ question: ConfirmQuestion; resolve: (yes: boolean) => void } | null>(null);
  const confirm = useCallback(
    (question: ConfirmQuestion) => new Promise<boolean>((resolve) => setOpen({ question, resolve })),
    [],
  );
  const element = open ? (
    <Confirm
      question={open.question}
      onAnswer={(yes) => {
        setOpen(null);
        open.resolve(yes);
      }}
    />
  ) : null;
  return [element, confirm];
}
