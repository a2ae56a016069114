import type { Annotation, AnnotationEffect } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { annotationEffect, createAnnotation, deleteAnnotation } from './annotations-api.js';
import type { Formatter } from '../kernel/format.js';
import type { AnnotationsMessages } from './annotations-messages.js';
import type { Messages } from '../i18n/index.js';
import { LightElement } from '../kernel/light-element.js';
import './annotations.css';

/** Fired (bubbling) after an annotation was added or deleted, so the page reloads them. */
export const ANNOTATIONS_CHANGED = 'fi-annotations-changed';

/**
 * A service's annotations: each with the satisfied share and the top topics in the 28 days
 * before and after it (did the fix work?); a manager adds and deletes them.
 */
export class ServiceAnnotations extends LightElement {
  static override properties = {
    serviceId: { attribute: false },
    annotations: { attribute: false },
    mayChange: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    effects: { state: true },
    problem: { state: true },
    status: { state: true },
  };

  serviceId = '';
  annotations: Annotation[] = [];
  mayChange = false;
  m!: Messages;
  f!: Formatter;
  effects = new Map<string, AnnotationEffect | 'failed'>();
  problem: { field: 'day' | 'text' | null; message: string } | null = null;
  status = '';

  private get a(): AnnotationsMessages {
    return this.m.annotations;
  }

  protected override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('annotations')) {
      for (const annotation of this.annotations) {
        if (this.effects.has(annotation.id)) continue;
        void annotationEffect(this.serviceId, annotation.id)
          .then((effect) => (this.effects = new Map(this.effects).set(annotation.id, effect)))
          .catch(() => (this.effects = new Map(this.effects).set(annotation.id, 'failed')));
      }
    }
  }

  override render() {
    const { a } = this;
    return html`
      <p>${a.annotationsIntro}</p>
      <p class="status" role="status">${this.status}</p>
      ${this.mayChange ? this.form() : nothing}
      ${this.annotations.length === 0 ? html`<p>${a.noAnnotations}</p>` : [...this.annotations].reverse().map((n) => this.item(n))}
    `;
  }

  private form(): TemplateResult {
    const { a } = this;
    const error = (field: 'day' | 'text') =>
      this.problem?.field === field
        ? html`<p class="field-error" id=${`annotation-${field}-problem`}>${this.problem.message}</p>`
        : nothing;
    return html`<form class="choices annotation-form" @submit=${this.submit} novalidate>
      ${this.problem && this.problem.field === null ? html`<p class="field-error" role="alert">${this.problem.message}</p>` : nothing}
      <div class="field">
        <label for="annotation-day">${a.annotationDay}</label>
        <input id="annotation-day" name="day" type="date" required aria-invalid=${this.problem?.field === 'day' ? 'true' : 'false'} aria-describedby=${this.problem?.field === 'day' ? 'annotation-day-problem' : nothing} />
        ${error('day')}
      </div>
      <div class="field">
        <label for="annotation-text">${a.annotationText}</label>
        <p class="hint" id="annotation-text-hint">${a.annotationTextHint}</p>
        <input
          id="annotation-text"
          name="text"
          type="text"
          maxlength="200"
          required
          aria-invalid=${this.problem?.field === 'text' ? 'true' : 'false'}
          aria-describedby=${`annotation-text-hint${this.problem?.field === 'text' ? ' annotation-text-problem' : ''}`}
        />
        ${error('text')}
      </div>
      <div class="field"><button type="submit" class="primary">${a.addAnnotation}</button></div>
    </form>`;
  }

  private item(annotation: Annotation): TemplateResult {
    const { a, f } = this;
    const effect = this.effects.get(annotation.id);
    const caption = a.effectCaption(f.day(annotation.day), annotation.text);
    return html`<div class="annotation-effect">
      ${
        effect === undefined || effect === 'failed'
          ? html`<h3>${f.day(annotation.day)}: ${annotation.text}</h3>${effect === 'failed' ? html`<p>${this.m.errorText}</p>` : html`<p class="loading">${this.m.loading}</p>`}`
          : html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
            <table class="figures-table">
              <caption>${caption}</caption>
              <thead>
                <tr><td></td><th scope="col">${a.before}</th><th scope="col">${a.after}</th></tr>
              </thead>
              <tbody>
                <tr><th scope="row">${a.satisfiedShare}</th><td class="num">${f.percent(effect.before.satisfied)}</td><td class="num">${f.percent(effect.after.satisfied)}</td></tr>
                <tr><th scope="row">${a.responses}</th><td class="num">${f.number(effect.before.responses)}</td><td class="num">${f.number(effect.after.responses)}</td></tr>
                ${effect.topics.map(
                  (t) =>
                    html`<tr><th scope="row">${a.topicColumn}: ${t.label}</th><td class="num">${f.number(t.before)}</td><td class="num">${f.number(t.after)}</td></tr>`,
                )}
              </tbody>
            </table>
          </div>
          ${effect.topics.length === 0 ? html`<p>${a.noTopics}</p>` : nothing}`
      }
      ${
        this.mayChange
          ? html`<p><button type="button" class="secondary" @click=${() => this.deleteOne(annotation)}>${a.deleteAnnotation(`${f.day(annotation.day)}: ${annotation.text}`)}</button></p>`
          : nothing
      }
    </div>`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.problem = null;
    try {
      await createAnnotation(this.serviceId, { day: String(data.get('day') ?? ''), text: String(data.get('text') ?? '').trim() });
      form.reset();
      this.status = '';
      this.dispatchEvent(new CustomEvent(ANNOTATIONS_CHANGED, { bubbles: true }));
    } catch (error) {
      const path = error instanceof ApiProblem ? error.details[0]?.path : undefined;
      this.problem = {
        field: path === 'day' || path === 'text' ? path : null,
        message: this.a.problem(error instanceof Error ? error.message : String(error)),
      };
      await this.updateComplete;
      this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  private async deleteOne(annotation: Annotation) {
    try {
      await deleteAnnotation(this.serviceId, annotation.id);
      this.dispatchEvent(new CustomEvent(ANNOTATIONS_CHANGED, { bubbles: true }));
    } catch (error) {
      this.problem = { field: null, message: this.a.problem(error instanceof Error ? error.message : String(error)) };
    }
  }
}
customElements.define('fi-service-annotations', ServiceAnnotations);
