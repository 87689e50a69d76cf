import { type ComponentChildren, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  type ConsoleSettings,
  cognitoSignOutUrl,
  completeCognitoSignIn,
  type LocalStaff,
  loadSettings,
  localSignIn,
  localStaff,
  type Session,
  SignInReturnError,
  startCognitoSignIn,
} from './auth.ts';
import { Console, useConsole } from './context.ts';
import { type ConsoleLanguage, type Translator, translator } from './i18n.ts';
import { href, type Route, useRoute } from './router.ts';
import { errorText, roleLabel } from './ui.tsx';
import { CasePage } from './views/case-page.tsx';
import { QueueView } from './views/queue.tsx';
import { ReportView } from './views/report.tsx';
import { TeamLoadView } from './views/team-load.tsx';
import { DayView, TimelineView } from './views/timeline.tsx';

function App() {
  const [settings, setSettings] = useState<ConsoleSettings | undefined>(undefined);
  const [session, setSession] = useState<Session | undefined>(undefined);
  // The error itself, not its text: it is worded when shown, in the language chosen by then.
  const [failure, setFailure] = useState<unknown>(undefined);
  const [signedOut, setSignedOut] = useState(false);
  const [language, setLanguage] = useState<ConsoleLanguage>(
    navigator.language.startsWith('nl') ? 'nl' : 'en',
  );

  const begin = (opened: Omit<Session, 'signOut'>, current: ConsoleSettings) => {
    setLanguage(opened.profile.language);
    setSession({
      ...opened,
      signOut: () => {
        setSession(undefined);
        setSignedOut(true);
        if (current.signIn === 'cognito') location.assign(cognitoSignOutUrl(current));
      },
    });
  };

  useEffect(() => {
    loadSettings()
      .then(async (loaded) => {
        setSettings(loaded);
        if (loaded.signIn === 'cognito') {
          const opened = await completeCognitoSignIn(loaded);
          if (opened) begin(opened, loaded);
        }
      })
      .catch((error: unknown) => setFailure(error));
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const tr = translator(language);
  // Without settings there is no way to sign in; with them (a failed return from the hosted UI)
  // the sign-in page shows the error beside its button, to try again.
  if (failure !== undefined && !settings) {
    return (
      <main id="main" class="signin">
        <p class="notice notice-error" role="alert">
          {tr.t('errorPrefix')} {failureText(failure, tr)}
        </p>
      </main>
    );
  }
  if (!settings) return <p class="loading">{tr.t('loading')}</p>;
  if (!session) {
    return (
      <SignIn
        settings={settings}
        language={language}
        signedOut={signedOut}
        failure={failure}
        onLanguage={setLanguage}
        onSignedIn={(opened) => begin(opened, settings)}
      />
    );
  }
  return (
    <Console.Provider value={{ session, tr }}>
      <ConsoleShell language={language} onLanguage={setLanguage} />
    </Console.Provider>
  );
}

function LanguageSwitch({
  language,
  onLanguage,
}: {
  language: ConsoleLanguage;
  onLanguage: (l: ConsoleLanguage) => void;
}) {
  const { t } = translator(language);
  return (
    <div class="language">
      <label for="language">{t('language')}</label>
      <select
        id="language"
        value={language}
        onChange={(e) => onLanguage(e.currentTarget.value as ConsoleLanguage)}
      >
        <option value="en" lang="en">
          English
        </option>
        <option value="nl" lang="nl">
          Nederlands
        </option>
      </select>
    </div>
  );
}

/** A failed return from the hosted UI in the reader's language; any other error as it came. */
function failureText(error: unknown, tr: Translator): string {
  if (!(error instanceof SignInReturnError)) return errorText(error);
  const key = {
    state: 'signInReturnState',
    refused: 'signInReturnRefused',
    exchange: 'signInReturnExchange',
  } as const;
  return tr.t(key[error.reason], { detail: error.detail });
}

function SignIn({
  settings,
  language,
  signedOut,
  failure: returnFailure,
  onLanguage,
  onSignedIn,
}: {
  settings: ConsoleSettings;
  language: ConsoleLanguage;
  signedOut: boolean;
  /** Why the return from the hosted UI did not sign in. */
  failure: unknown;
  onLanguage: (language: ConsoleLanguage) => void;
  onSignedIn: (session: Omit<Session, 'signOut'>) => void;
}) {
  const { t } = translator(language);
  const [staff, setStaff] = useState<LocalStaff[] | undefined>(undefined);
  const [localFailure, setFailure] = useState<string | undefined>(undefined);
  const failure =
    localFailure ??
    (returnFailure === undefined ? undefined : failureText(returnFailure, translator(language)));
  useEffect(() => {
    if (settings.signIn === 'local')
      localStaff().then(setStaff, (error: unknown) => setFailure(errorText(error)));
  }, []);
  const tr = translator(language);
  return (
    <>
      <header class="top">
        <p class="brand">
          {t('appName')} · {t('consoleName')}
        </p>
        <LanguageSwitch language={language} onLanguage={onLanguage} />
      </header>
      <main id="main" class="signin">
        <h1>{t('signInTitle')}</h1>
        {signedOut && (
          <p class="notice notice-ok" role="status">
            {t('signedOut')}
          </p>
        )}
        {failure && (
          <p class="notice notice-error" role="alert">
            {t('errorPrefix')} {failure}
          </p>
        )}
        {settings.signIn === 'cognito' ? (
          <>
            <p>{t('signInCognitoIntro')}</p>
            <button type="button" class="primary" onClick={() => void startCognitoSignIn(settings)}>
              {t('signInCognito')}
            </button>
          </>
        ) : (
          <>
            <p>{t('signInLocalIntro')}</p>
            {!staff ? (
              <p role="status">{t('loading')}</p>
            ) : (
              <ul class="staff-list">
                {staff.map((person) => (
                  <li key={person.email}>
                    <button
                      type="button"
                      data-email={person.email}
                      onClick={() =>
                        localSignIn(settings, person.email).then(onSignedIn, (error: unknown) =>
                          setFailure(errorText(error)),
                        )
                      }
                    >
                      {t('signInAs', { name: person.name })}
                    </button>
                    <span class="staff-meta">
                      {roleLabel(tr, person.role)} · {person.teams.join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </main>
    </>
  );
}

function ConsoleShell({
  language,
  onLanguage,
}: {
  language: ConsoleLanguage;
  onLanguage: (l: ConsoleLanguage) => void;
}) {
  const route = useRoute();
  const tr = translator(language);
  const { t } = tr;
  // One "now" per view, so every signal on a page is measured against the same instant.
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    setNow(new Date());
    document.getElementById('main')?.focus();
  }, [JSON.stringify(route)]);
  const nav: [Route['view'][], string, string][] = [
    [['queue', 'case'], href.queue(), t('navQueue')],
    [['timeline', 'day'], href.timeline(), t('navTimeline')],
    [['team'], href.team(), t('navTeam')],
    [['report'], href.report(), t('navReport')],
  ];
  return (
    <SessionHeader language={language} onLanguage={onLanguage}>
      <nav aria-label={t('consoleName')}>
        <ul>
          {nav.map(([views, link, label]) => (
            <li key={link}>
              <a href={link} aria-current={views.includes(route.view) ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {route.view === 'queue' && <QueueView now={now} />}
        {route.view === 'case' && <CasePage reference={route.reference} now={now} />}
        {route.view === 'timeline' && <TimelineView now={now} />}
        {route.view === 'day' && <DayView day={route.day} teamId={route.teamId} now={now} />}
        {route.view === 'team' && <TeamLoadView now={now} />}
        {route.view === 'report' && <ReportView now={now} />}
      </main>
    </SessionHeader>
  );
}

function SessionHeader({
  language,
  onLanguage,
  children,
}: {
  language: ConsoleLanguage;
  onLanguage: (l: ConsoleLanguage) => void;
  children: ComponentChildren;
}) {
  const { session, tr } = useConsole();
  const { t } = tr;
  return (
    <>
      <button
        type="button"
        class="skip"
        // The hash is the route, so the skip link moves the focus instead of following "#main".
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('skipToContent')}
      </button>
      <header class="top">
        <p class="brand">
          {t('appName')} · {t('consoleName')}
        </p>
        <p class="who">
          {t('signedInAs', { name: session.profile.name, role: roleLabel(tr, session.profile.role) })}
        </p>
        <LanguageSwitch language={language} onLanguage={onLanguage} />
        <button type="button" onClick={session.signOut}>
          {t('signOut')}
        </button>
      </header>
      {children}
    </>
  );
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
