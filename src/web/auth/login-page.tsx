import { Layout } from '../layout.js';
import { href, type UiLang } from '../i18n.js';
import { rt } from '../review/strings.js';

export interface LoginPageProps {
  lang: UiLang;
  token: string;
  next: string;
  username?: string;
  error?: 'badLogin' | 'tooManyLogins' | 'staleForm';
}

export function LoginPage(p: LoginPageProps) {
  const path = `/login${p.next ? `?next=${encodeURIComponent(p.next)}` : ''}`;
  return (
    <Layout title={rt(p.lang, 'signInHeading')} lang={p.lang} path={path} pageClass="page-login">
      <div class="narrow">
        <h1>{rt(p.lang, 'signInHeading')}</h1>
        <p>{rt(p.lang, 'signInIntro')}</p>
        {p.error && (
          <p class="form-error" role="alert" id="login-error">
            {rt(p.lang, p.error)}
          </p>
        )}
        <form class="login-form" method="post" action={href(p.lang, '/login')}>
          <input type="hidden" name="csrf" value={p.token} />
          <input type="hidden" name="next" value={p.next} />
          <p>
            <label for="login-username">{rt(p.lang, 'username')}</label>
            <input
              id="login-username"
              name="username"
              type="text"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              required
              maxlength={32}
              value={p.username ?? ''}
              aria-describedby={p.error ? 'login-error' : undefined}
            />
          </p>
          <p>
            <label for="login-password">{rt(p.lang, 'password')}</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
              maxlength={1024}
            />
          </p>
          <p>
            <button type="submit">{rt(p.lang, 'signIn')}</button>
          </p>
        </form>
      </div>
    </Layout>
  );
}
