import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The same breakpoint as the stylesheet's narrow layout (40rem: phones, 400 % zoom). */
export const NARROW = '(max-width: 40rem)';

/** Tells its host whether the window is narrow, and re-renders it when that changes. */
export class NarrowScreen implements ReactiveController {
  private readonly query = window.matchMedia(NARROW);
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get narrow(): boolean {
    return this.query.matches;
  }

  hostConnected() {
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected() {
    this.query.removeEventListener('change', this.onChange);
  }
}
