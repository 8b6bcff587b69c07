import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api.ts';
import type { Strings } from '../i18n.ts';
import { AdminQuotas } from './AdminQuotas.tsx';
import { AdminUsagePanel } from './AdminUsage.tsx';

/** Administrators: the list of accounts, a form to add one, daily token quotas, model usage and the jobs. */
export function AdminPanel({ t }: { t: Strings }) {
  const [users, setUsers] = useState<{ name: string; admin?: boolean }[]>([]);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [admin, setAdmin] = useState(false);
  const [message, setMessage] = useState('');
  const load = () => {
    api.users().then(setUsers, (error: Error) => setMessage(error.message));
  };
  useEffect(load, []);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api.addUser(name, password, admin);
      setMessage(`${name} ✓`);
      setName('');
      setPassword('');
      setAdmin(false);
      load();
    } catch (error) {
      setMessage((error as Error).message);
    }
  };
  return (
    <section className="admin" aria-label={t.users}>
      <h2>{t.users}</h2>
      <ul>
        {users.map((user) => (
          <li key={user.name}>
            {user.name}
            {user.admin ? ` (${t.admin})` : ''}
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="add-user">
        <label>
          {t.user}
          <input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />
        </label>
        <label>
          {t.password}
          <input
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="new-password"
          />
        </label>
        <label>
          <input type="checkbox" checked={admin} onChange={(event) => setAdmin(event.target.checked)} />{' '}
          {t.admin}
        </label>
        <button type="submit">{t.addUser}</button>
      </form>
      {message && <p role="status">{message}</p>}
      <AdminQuotas t={t} />
      <AdminUsagePanel t={t} />
    </section>
  );
}
