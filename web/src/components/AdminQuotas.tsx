import { type FormEvent, useEffect, useState } from 'react';
import { type AdminUser, type AdminUsers, api } from '../api.ts';
import type { Strings } from '../i18n.ts';

/** Administrators: each user's tokens today against their daily token quota, and a field to set or lift it. */
export function AdminQuotas({ t }: { t: Strings }) {
  const [view, setView] = useState<AdminUsers | undefined>();
  const [message, setMessage] = useState('');
  useEffect(() => {
    api.adminUsers().then(setView, (thrown: Error) => setMessage(thrown.message));
  }, []);
  const saved = (user: AdminUser) => {
    setView(
      (current) =>
        current && { ...current, users: current.users.map((row) => (row.name === user.name ? user : row)) },
    );
    setMessage(`${user.name} ✓`);
  };
  if (!view) return message ? <p role="alert">{message}</p> : null;
  return (
    <section className="admin-quotas" aria-label={t.quotas}>
      <h3>{t.quotas}</h3>
      {!view.metered && <p>{t.notMetered}</p>}
      <p>{t.quotaDay.replace('{day}', view.day)}</p>
      <table className="result-table">
        <thead>
          <tr>
            <th scope="col">{t.user}</th>
            <th scope="col">{t.usedToday}</th>
            <th scope="col">{t.dailyQuota}</th>
          </tr>
        </thead>
        <tbody>
          {view.users.map((user) => (
            <QuotaRow key={user.name} user={user} t={t} onSaved={saved} onError={setMessage} />
          ))}
        </tbody>
      </table>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function QuotaRow({
  user,
  t,
  onSaved,
  onError,
}: {
  user: AdminUser;
  t: Strings;
  onSaved: (user: AdminUser) => void;
  onError: (message: string) => void;
}) {
  const [value, setValue] = useState(user.dailyTokenQuota === undefined ? '' : String(user.dailyTokenQuota));
  const quota = user.dailyTokenQuota;
  const spent = quota !== undefined && user.usedToday >= quota;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onSaved(await api.setQuota(user.name, value.trim() === '' ? null : Number(value)));
    } catch (thrown) {
      onError((thrown as Error).message);
    }
  };
  return (
    <tr>
      <td>{user.name}</td>
      <td className="number">
        {user.usedToday.toLocaleString()}
        {quota !== undefined && (
          <>
            {' / '}
            {quota.toLocaleString()}{' '}
            <meter
              min={0}
              max={Math.max(quota, 1)}
              value={Math.min(user.usedToday, quota)}
              aria-hidden="true"
            />
            {spent && <span className="label failed">{t.overQuota}</span>}
          </>
        )}
      </td>
      <td>
        <form onSubmit={save} className="quota-form">
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            placeholder={t.noQuota}
            aria-label={t.quotaFor.replace('{user}', user.name)}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
          <button type="submit">{t.save}</button>
        </form>
      </td>
    </tr>
  );
}
