import { type FormEvent, useCallback, useEffect, useState } from 'react';
import {
  api,
  type Citation,
  type ConversationDetail,
  type ConversationInfo,
  type ConversationScope,
  type FileInfo,
  type PageInfo,
  type Preview,
} from './api.ts';
import { AdminPanel } from './components/AdminPanel.tsx';
import { CalendarView } from './components/CalendarView.tsx';
import { ConversationList, ScopeChips } from './components/ConversationList.tsx';
import { CopilotSidebar } from './components/CopilotSidebar.tsx';
import { MailView } from './components/MailView.tsx';
import { Markdown } from './components/Markdown.tsx';
import { PageList, PageView } from './components/PageView.tsx';
import { SourcesPanel } from './components/SourcesPanel.tsx';
import { TranscriptView } from './components/TranscriptView.tsx';
import { type Language, strings } from './i18n.ts';

function Login({ onLogin, language }: { onLogin(user: string): void; language: Language }) {
  const t = strings(language);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onLogin(await api.login(user, password));
    } catch (thrown) {
      setError((thrown as Error).message);
    }
  };
  return (
    <main className="login">
      <form onSubmit={submit} aria-label={t.signIn}>
        <h1>{t.appName}</h1>
        <label>
          {t.user}
          <input
            name="user"
            value={user}
            onChange={(event) => setUser(event.target.value)}
            autoComplete="username"
          />
        </label>
        <label>
          {t.password}
          <input
            name="password"
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
          />
        </label>
        <button type="submit">{t.signIn}</button>
        {error && <p role="alert">{error}</p>}
      </form>
    </main>
  );
}

export function App() {
  const [language, setLanguage] = useState<Language>(navigator.language.startsWith('zh') ? 'zh' : 'en');
  const t = strings(language);
  const [me, setMe] = useState<string | undefined>();
  const [checked, setChecked] = useState(false);
  const [files, setFiles] = useState<FileInfo[]>([]);
  const [openId, setOpenId] = useState<string | undefined>();
  const [preview, setPreview] = useState<Preview | undefined>();
  const [highlight, setHighlight] = useState<string | undefined>();
  const [isAdmin, setIsAdmin] = useState(false);
  const [showAdmin, setShowAdmin] = useState(false);
  const [showCalendar, setShowCalendar] = useState(false);
  const [conversations, setConversations] = useState<ConversationInfo[]>([]);
  // The conversation questions go to; `shown` changes only when the user opens another or a new one.
  const [conversationId, setConversationId] = useState<string | undefined>();
  const [shown, setShown] = useState<Pick<ConversationDetail, 'history'>>({ history: [] });
  const [scope, setScope] = useState<ConversationScope>({ kind: 'all' });
  const [pages, setPages] = useState<PageInfo[]>([]);
  const [openPage, setOpenPage] = useState<PageInfo | undefined>();

  useEffect(() => {
    api
      .me()
      .then(setMe, () => undefined)
      .finally(() => setChecked(true));
  }, []);
  const refresh = useCallback(() => {
    api.files().then(setFiles, () => undefined);
  }, []);
  const refreshPages = useCallback(() => {
    api.pages().then(setPages, () => undefined);
  }, []);
  const refreshConversations = useCallback(() => {
    api.conversations().then(setConversations, () => undefined);
  }, []);
  useEffect(() => {
    if (!me) return;
    api.isAdmin().then(setIsAdmin, () => setIsAdmin(false));
    refreshConversations();
    refreshPages();
    refresh();
    const timer = setInterval(refresh, 2000);
    return () => clearInterval(timer);
  }, [me, refresh, refreshConversations, refreshPages]);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  // A file deleted (here or elsewhere) closes in the viewer.
  useEffect(() => {
    if (openId && files.length > 0 && !files.some((file) => file.id === openId)) {
      setOpenId(undefined);
      setPreview(undefined);
    }
  }, [files, openId]);

  const open = async (id: string, quote?: string) => {
    setOpenPage(undefined);
    setShowCalendar(false);
    setOpenId(id);
    setHighlight(quote);
    try {
      setPreview(await api.preview(id));
    } catch {
      setPreview(undefined);
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again when a new preview renders the highlight
  useEffect(() => {
    if (highlight)
      document.querySelector('[data-testid="highlight"], .cited')?.scrollIntoView({ block: 'center' });
  }, [highlight, preview]);

  const openConversation = async (id: string) => {
    const detail = await api.conversation(id);
    setConversationId(id);
    setScope(detail.scope);
    setShown(detail);
  };
  const newConversation = () => {
    setConversationId(undefined);
    setScope({ kind: 'all' });
    setShown({ history: [] });
  };
  const changeScope = async (next: ConversationScope) => {
    setScope(next);
    if (conversationId) await api.changeConversation(conversationId, { scope: next }).catch(() => undefined);
  };
  const askContext = async () => {
    if (conversationId) return { conversationId };
    const started = await api.startConversation(scope);
    setConversationId(started.id);
    return { conversationId: started.id };
  };

  if (!checked) return null;
  if (!me) return <Login onLogin={setMe} language={language} />;
  const current = files.find((file) => file.id === openId);
  return (
    <div className="workspace">
      <header>
        <h1>{t.appName}</h1>
        <span className="me">{me}</span>
        <button type="button" aria-pressed={showCalendar} onClick={() => setShowCalendar(!showCalendar)}>
          {t.calendar}
        </button>
        {isAdmin && (
          <button type="button" aria-pressed={showAdmin} onClick={() => setShowAdmin(!showAdmin)}>
            {t.users}
          </button>
        )}
        <button type="button" onClick={() => setLanguage(language === 'en' ? 'zh' : 'en')}>
          {t.language}
        </button>
        <button
          type="button"
          onClick={async () => {
            await api.logout();
            setMe(undefined);
          }}
        >
          {t.signOut}
        </button>
      </header>
      <SourcesPanel t={t} files={files} openId={openId} onOpen={(id) => open(id)} onChanged={refresh} me={me}>
        <PageList
          t={t}
          pages={pages}
          openId={openPage?.id}
          me={me}
          onOpen={async (id) => {
            setShowAdmin(false);
            setOpenPage(await api.page(id));
          }}
        />
      </SourcesPanel>
      {/* Focusable, so the document scrolls from the keyboard. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus */}
      <main className="viewer" aria-label={t.viewer} tabIndex={0}>
        {showAdmin ? (
          <AdminPanel t={t} />
        ) : showCalendar ? (
          <CalendarView t={t} language={language} onFileMade={refresh} />
        ) : openPage ? (
          <PageView
            t={t}
            page={openPage}
            me={me}
            onCitation={(citation) => open(citation.fileId, citation.quote)}
            onChanged={(page) => {
              setOpenPage(page);
              refreshPages();
            }}
          />
        ) : preview && preview.id === openId && preview.type === 'mailbox' && current && !highlight ? (
          <MailView t={t} file={current} language={language} onFileMade={() => refresh()} />
        ) : preview && preview.id === openId && preview.type === 'transcript' && current && !highlight ? (
          <TranscriptView t={t} file={current} />
        ) : preview && preview.id === openId ? (
          <>
            <h2>{preview.name}</h2>
            <Markdown source={preview.markdown} highlight={highlight} />
          </>
        ) : (
          <p className="empty">{t.nothingOpen}</p>
        )}
      </main>
      <CopilotSidebar
        t={t}
        open={current}
        preview={preview}
        onCitation={(citation: Citation) => open(citation.fileId, citation.quote)}
        onArtifact={() => refresh()}
        conversation={shown}
        askContext={askContext}
        onAsked={refreshConversations}
        onSavePage={async (page) => {
          setOpenPage(await api.savePage(page));
          refreshPages();
        }}
        header={
          <>
            <ConversationList
              t={t}
              conversations={conversations}
              currentId={conversationId}
              onSelect={openConversation}
              onNew={newConversation}
              onRename={async (id, title) => {
                await api.changeConversation(id, { title }).catch(() => undefined);
                refreshConversations();
              }}
              onDelete={async (id) => {
                await api.deleteConversation(id).catch(() => undefined);
                if (id === conversationId) newConversation();
                refreshConversations();
              }}
            />
            <ScopeChips t={t} scope={scope} open={current} onChange={changeScope} />
          </>
        }
      />
    </div>
  );
}
