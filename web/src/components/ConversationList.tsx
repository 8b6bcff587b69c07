import { type FormEvent, useState } from 'react';
import type { ConversationInfo, ConversationScope, FileInfo } from '../api.ts';
import type { Strings } from '../i18n.ts';

type ListProps = {
  t: Strings;
  conversations: ConversationInfo[];
  currentId?: string;
  onSelect(id: string): void;
  onNew(): void;
  onRename(id: string, title: string): void;
  onDelete(id: string): void;
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** The user's stored conversations: open one, start a new one, rename or delete. */
export function ConversationList({
  t,
  conversations,
  currentId,
  onSelect,
  onNew,
  onRename,
  onDelete,
}: ListProps) {
  const [editing, setEditing] = useState<string | undefined>();
  const [title, setTitle] = useState('');
  const save = (event: FormEvent, id: string) => {
    event.preventDefault();
    if (title.trim()) onRename(id, title.trim());
    setEditing(undefined);
  };
  return (
    <nav className="conversations" aria-label={t.conversations}>
      <div className="conversations-head">
        <h3>{t.conversations}</h3>
        <button type="button" onClick={onNew}>
          + {t.newChat}
        </button>
      </div>
      <ul className="conversation-items">
        {conversations.map((conversation) => {
          const name = conversation.title || t.untitled;
          return (
            <li key={conversation.id} className={conversation.id === currentId ? 'current' : undefined}>
              {editing === conversation.id ? (
                <form onSubmit={(event) => save(event, conversation.id)} className="rename">
                  <input
                    aria-label={t.renameTo}
                    value={title}
                    onChange={(event) => setTitle(event.target.value)}
                    onKeyDown={(event) => event.key === 'Escape' && setEditing(undefined)}
                    // biome-ignore lint/a11y/noAutofocus: the field the user just asked for
                    autoFocus
                  />
                  <button type="submit">{t.save}</button>
                </form>
              ) : (
                <button
                  type="button"
                  className="conversation"
                  aria-current={conversation.id === currentId ? 'true' : undefined}
                  onClick={() => onSelect(conversation.id)}
                  title={fill(t.turns, { n: conversation.turns })}
                >
                  {name}
                </button>
              )}
              <button
                type="button"
                className="icon"
                aria-label={`${t.rename} ${name}`}
                onClick={() => {
                  setTitle(conversation.title);
                  setEditing(conversation.id);
                }}
              >
                ✎
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`${t.delete} ${name}`}
                onClick={() => {
                  if (window.confirm(fill(t.confirmDelete, { name }))) onDelete(conversation.id);
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

type ScopeProps = {
  t: Strings;
  scope: ConversationScope;
  open?: FileInfo;
  onChange(scope: ConversationScope): void;
};

/** The chips that say what answers draw on; "this file" is the file open in the viewer, "this folder" its folder. */
export function ScopeChips({ t, scope, open, onChange }: ScopeProps) {
  const options: { kind: ConversationScope['kind']; label: string; scope?: ConversationScope }[] = [
    { kind: 'all', label: t.scopeAll, scope: { kind: 'all' } },
    { kind: 'file', label: t.scopeFile, ...(open ? { scope: { kind: 'file', fileId: open.id } } : {}) },
    {
      kind: 'folder',
      label:
        scope.kind === 'folder'
          ? `${t.scopeFolder}: ${scope.folder}`
          : open?.folder
            ? `${t.scopeFolder}: ${open.folder}`
            : t.scopeFolder,
      ...(open?.folder ? { scope: { kind: 'folder', folder: open.folder } } : {}),
    },
    { kind: 'mail', label: t.scopeMail, scope: { kind: 'mail' } },
    { kind: 'meetings', label: t.scopeMeetings, scope: { kind: 'meetings' } },
  ];
  return (
    <fieldset className="scope">
      <legend>{t.scope}</legend>
      {options.map((option) => {
        const kind = option.kind;
        const pressed = scope.kind === kind;
        const label =
          kind === 'file' && scope.kind === 'file' && open?.id !== scope.fileId
            ? t.scopeFile
            : kind === 'file' && open
              ? `${t.scopeFile}: ${open.name}`
              : option.label;
        return (
          <button
            key={kind}
            type="button"
            className="scope-chip"
            aria-pressed={pressed}
            disabled={!option.scope && !pressed}
            onClick={() => option.scope && onChange(option.scope)}
          >
            {label}
          </button>
        );
      })}
    </fieldset>
  );
}
