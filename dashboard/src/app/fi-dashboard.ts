import type { DashboardSession } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { SESSION_ENDED } from '../kernel/api-client.js';
import { SIGNED_OUT_STATE } from '@feedbackinstrument/shared';
import { getSession, signOut } from '../sessions/session-api.js';
import { Formatter } from '../kernel/format.js';
import { initialLanguage, rememberLanguage, type Messages, type UiLanguage } from '../i18n/index.js';
import { messagesFor } from './messages-for.js';
import '../alerts/alerts-page.js';
import '../auth/no-access-page.js';
import '../overview/overview-page.js';
import { PAGE_READY } from '../kernel/page-parts.js';
import './service-page.js';
import '../audit/audit-page.js';
import '../widget/embed-page.js';
import '../installation/installation-page.js';
import '../services/manage-services-page.js';
import '../services/service-form-page.js';
import '../auth/tokens-page.js';
import '../sessions/sign-in-page.js';
import { alertsHref, auditHref, BASE, interceptLinks, manageHref, NAVIGATED, navigate, tokensHref } from '../kernel/links.js';
import { parseRoute, type Route } from './router.js';
import { LightElement } from '../kernel/light-element.js';

/**
 * The app: header (who is signed in, language, sign-out), the page of the current URL,
 * and the footer. Holds the session (asked from the server; the cookie itself is
 * HttpOnly and never seen here) and moves focus to the new page's heading after a
 * navigation, as a page load would for screen-reader and keyboard users.
 */
export class FiDashboard extends LightElement {
  static override properties = {
    session: { state: true },
    route: { state: true },
    uiLang: { state: true },
    notice: { state: true },
  };

  session: DashboardSession | null = null;
  route: Route = parseRoute(new URL(location.href));
  uiLang: UiLanguage = initialLanguage();
  /** Why the sign-in page is shown, as a message key (so it follows a language switch). */
  notice: 'sessionExpired' | 'errorText' | 'signedOut' | null = null;
  private moveFocus = false;
  private formatter: { lang: UiLanguage; f: Formatter } | null = null;

  private get m(): Messages {
    return messagesFor(this.uiLang);
  }

  private get f(): Formatter {
    if (this.formatter?.lang !== this.uiLang) this.formatter = { lang: this.uiLang, f: new Formatter(this.m) };
    return this.formatter.f;
  }

  override connectedCallback() {
    super.connectedCallback();
    interceptLinks(this);
    window.addEventListener('popstate', this.onLocation);
    window.addEventListener(NAVIGATED, this.onLocation);
    window.addEventListener(SESSION_ENDED, this.onSessionEnded);
    this.addEventListener(PAGE_READY, this.onPageReady as EventListener);
    this.addEventListener('signed-in', this.onSignedIn as EventListener);
    document.documentElement.lang = this.uiLang;
    void this.loadSession();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocation);
    window.removeEventListener(NAVIGATED, this.onLocation);
    window.removeEventListener(SESSION_ENDED, this.onSessionEnded);
  }

  private async loadSession() {
    // Back from signing out at the provider (the state we gave it for the way back).
    if (new URL(location.href).searchParams.get('state') === SIGNED_OUT_STATE) this.notice = 'signedOut';
    try {
      this.session = await getSession();
    } catch {
      this.session = { signedIn: false, signIn: { oidc: null, token: true } };
      this.notice = 'errorText';
    }
  }

  private onLocation = (event: Event) => {
    this.route = parseRoute(new URL(location.href));
    this.moveFocus = event.type === 'popstate' || ((event as CustomEvent<{ moveFocus?: boolean }>).detail?.moveFocus ?? true);
    if (this.moveFocus) window.scrollTo(0, 0);
  };

  private onSessionEnded = () => {
    if (this.session?.signedIn) {
      this.session = { signedIn: false, signIn: this.session.signIn };
      this.notice = 'sessionExpired';
      this.moveFocus = true;
    }
  };

  private onSignedIn = (event: CustomEvent<DashboardSession>) => {
    this.session = event.detail;
    this.notice = null;
    this.moveFocus = true;
    if (this.route.name === 'sign-in' || this.route.name === 'no-access') navigate(BASE, { replace: true });
  };

  private onPageReady = (event: CustomEvent<{ title: string }>) => {
    document.title = `${event.detail.title} – ${this.m.appName}`;
    if (this.moveFocus) {
      this.moveFocus = false;
      this.querySelector<HTMLElement>('main h1')?.focus();
    }
  };

  private switchLanguage() {
    this.uiLang = this.m.switchLanguage.lang;
    rememberLanguage(this.uiLang);
    document.documentElement.lang = this.uiLang;
  }

  private async signOut() {
    const provider = await signOut().catch((error: unknown) => {
      console.error(error);
      return null;
    });
    // Signed in through the organisation's provider: sign out there too; it sends the browser back to the sign-in page.
    if (provider) return location.assign(provider.redirect);
    this.session = this.session ? { signedIn: false, signIn: this.session.signIn } : null;
    this.notice = 'signedOut';
    this.moveFocus = true;
    navigate(`${BASE}sign-in`);
  }

  protected override updated() {
    // Pages without data to wait for are ready as soon as they are drawn.
    const route = this.route;
    if (this.session && (!this.session.signedIn || route.name === 'no-access' || route.name === 'not-found' || route.name === 'sign-in')) {
      const title = this.querySelector('main h1')?.textContent?.trim();
      if (title) this.onPageReady(new CustomEvent(PAGE_READY, { detail: { title } }));
    }
  }

  override render() {
    const m = this.m;
    return html`
      <a class="skip-link" href="#main" @click=${this.skip}>${m.skipToContent}</a>
      <header class="site-header">
        <div class="header-inner">
          <a class="brand" href=${BASE}>
            <span class="brand-name">${m.appName}</span>
            <span class="brand-sub">${m.dashboard}</span>
          </a>
          <div class="header-tools">
            ${
              this.session?.signedIn
                ? html`<p class="who">
                  ${m.signedInAs(this.session.name ?? '')}${
                    this.session.organisation
                      ? html`<br /><span class="who-org">${this.session.organisation.name}</span>`
                      : html`<br /><span class="who-org">${m.adminRole}</span>`
                  }
                </p>`
                : nothing
            }
            ${
              this.session?.signedIn
                ? html`<a class="button-link tool-button" href=${alertsHref} aria-current=${this.route.name === 'alerts' ? 'page' : nothing}>${m.alerts.navAlerts}</a>`
                : nothing
            }
            <button type="button" class="tool-button" lang=${m.switchLanguage.lang} @click=${this.switchLanguage}>${m.switchLanguage.label}</button>
            ${this.session?.signedIn ? html`<button type="button" class="tool-button" @click=${this.signOut}>${m.signOut}</button>` : nothing}
          </div>
        </div>
        ${this.session?.signedIn ? this.mainNav(this.session.role) : nothing}
      </header>
      <main id="main" tabindex="-1">${this.page()}</main>
      <footer class="site-footer">
        <p>${m.appName} · <a href="/docs" data-reload>API</a></p>
      </footer>
    `;
  }

  /** The app's sections; tokens and the audit log are for managers and admins only (analysts read, and the API refuses them those). */
  private mainNav(role: 'admin' | 'manager' | 'analyst') {
    const m = this.m;
    const name = this.route.name;
    const section =
      name === 'overview' || name === 'service'
        ? 'overview'
        : name === 'tokens'
          ? 'tokens'
          : name === 'audit'
            ? 'audit'
            : name === 'not-found'
              ? null
              : 'manage';
    const link = (key: string, href: string, label: string) =>
      html`<li><a href=${href} aria-current=${section === key ? 'page' : nothing}>${label}</a></li>`;
    return html`<nav class="main-nav" aria-label=${m.manage.navLabel}>
      <ul>
        ${link('overview', BASE, m.overview)} ${link('manage', manageHref(), m.manage.navServices)}
        ${role !== 'analyst' ? html`${link('tokens', tokensHref(), m.manage.navTokens)} ${link('audit', auditHref(), m.manage.navAudit)}` : nothing}
      </ul>
    </nav>`;
  }

  private skip(event: Event) {
    event.preventDefault();
    this.querySelector<HTMLElement>('#main')?.focus();
  }

  private page(): TemplateResult {
    const { m, f, route } = this;
    const session = this.session;
    if (!session) return html`<p class="loading" role="status">${m.loading}</p>`;
    if (route.name === 'no-access') {
      return html`<fi-no-access-page .m=${m} .reason=${route.reason} .organisation=${route.organisation}></fi-no-access-page>`;
    }
    if (!session.signedIn || route.name === 'sign-in') {
      // After signing in, back to the page that was asked for.
      const returnTo = route.name === 'sign-in' ? BASE : location.pathname + location.search;
      return html`<fi-sign-in-page
        .m=${m}
        .methods=${session.signIn}
        .error=${route.name === 'sign-in' ? route.error : null}
        .notice=${this.notice ? m[this.notice] : null}
        .returnTo=${returnTo}
      ></fi-sign-in-page>`;
    }
    switch (route.name) {
      case 'overview':
        return html`<fi-overview-page .session=${session} .m=${m} .f=${f} .year=${route.year} .organisation=${route.organisation}></fi-overview-page>`;
      case 'alerts':
        return html`<fi-alerts-page .session=${session} .m=${m} .f=${f}></fi-alerts-page>`;
      case 'service':
        return html`<fi-service-page .serviceId=${route.serviceId} .year=${route.year} .mayChange=${session.role !== 'analyst'} .m=${m} .f=${f}></fi-service-page>`;
      case 'manage':
        return html`<fi-manage-services-page .session=${session} .m=${m} .organisation=${route.organisation}></fi-manage-services-page>`;
      case 'service-form':
        // Keyed by service: a new form for another service (or a new one), never a stale draft.
        return html`${keyed(
          route.serviceId ?? 'new',
          html`<fi-service-form-page .session=${session} .m=${m} .serviceId=${route.serviceId} .organisation=${route.organisation}></fi-service-form-page>`,
        )}`;
      case 'embed':
        return html`<fi-embed-page .session=${session} .m=${m} .serviceId=${route.serviceId}></fi-embed-page>`;
      case 'installation':
        return html`<fi-installation-page .session=${session} .m=${m} .f=${f} .serviceId=${route.serviceId}></fi-installation-page>`;
      case 'tokens':
        return html`<fi-tokens-page .session=${session} .m=${m} .f=${f} .organisation=${route.organisation}></fi-tokens-page>`;
      case 'audit':
        return html`${keyed(route.organisation ?? '', html`<fi-audit-page .session=${session} .m=${m} .f=${f} .organisation=${route.organisation}></fi-audit-page>`)}`;
      default:
        return html`<h1 class="page-title" tabindex="-1">${m.notFoundTitle}</h1>
          <p>${m.notFoundPage}</p>
          <p><a href=${BASE}>${m.backToOverview}</a></p>`;
    }
  }
}
customElements.define('fi-dashboard', FiDashboard);
