// Progressive enhancement of the comment forms (loaded by CommentSection.astro). Without it the forms
// post normally. With it: Arabic messages next to each field, submission without leaving the page, a
// success message, and on any failure an error message while everything typed stays in the form.
import type { CommentClientMessages } from '../../lib/comments/view';

type Control = HTMLInputElement | HTMLTextAreaElement;
type FieldMessages = Partial<
  Record<'valueMissing' | 'typeMismatch' | 'tooShort' | 'tooLong', string>
>;

const source = document.getElementById('comment-messages');
if (source) {
  const messages = JSON.parse(source.textContent ?? '{}') as CommentClientMessages;
  document
    .querySelectorAll<HTMLFormElement>('form[data-comment-form]')
    .forEach((form) => enhance(form, messages));
}

function enhance(form: HTMLFormElement, m: CommentClientMessages) {
  form.noValidate = true;
  const stamp = form.querySelector<HTMLInputElement>('input[name="ts"]');
  const restamp = () => stamp && (stamp.value = String(Date.now()));
  restamp();
  const status = form.querySelector<HTMLElement>('[data-comment-status]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const controls = [...form.querySelectorAll<Control>('[aria-describedby]')];
  let tried = false;

  const say = (state: 'ok' | 'error' | 'busy', text: string) => {
    status.dataset.state = state;
    status.textContent = text;
  };
  const mark = (control: Control, message?: string) => {
    const slot = document.getElementById(`${control.id}-error`);
    if (slot) {
      slot.textContent = message ?? '';
      slot.hidden = !message;
    }
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    return !message;
  };
  const check = (control: Control) => {
    const fieldMessages: FieldMessages =
      (m.fields as Record<string, FieldMessages>)[control.name] ?? {};
    const validity = control.validity;
    const missing = validity.valueMissing || (control.required && !control.value.trim());
    const minLength =
      control.minLength > 0 &&
      control.value.trim() &&
      control.value.trim().length < control.minLength;
    const problem = missing
      ? 'valueMissing'
      : validity.typeMismatch
        ? 'typeMismatch'
        : minLength || validity.tooShort
          ? 'tooShort'
          : validity.tooLong
            ? 'tooLong'
            : undefined;
    return mark(control, problem && (fieldMessages[problem] ?? m.fix));
  };

  for (const control of controls) {
    control.addEventListener('blur', () => tried && check(control));
    control.addEventListener('input', () => tried && check(control));
  }

  // "example.com" is a fine answer for a website; the browser's URL check wants the scheme.
  const website = form.querySelector<HTMLInputElement>('input[type="url"]');
  const addScheme = () => {
    const value = website?.value.trim();
    if (website && value && !/^[a-z][a-z0-9+.-]*:/i.test(value)) website.value = `https://${value}`;
  };
  website?.addEventListener('change', addScheme);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    tried = true;
    addScheme();
    const invalid = controls.filter((control) => !check(control));
    if (invalid.length > 0) {
      say('error', m.fix);
      invalid[0]!.focus();
      return;
    }
    button.disabled = true;
    say('busy', m.sending);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
        headers: { Accept: 'application/json' },
      });
      const result: { message?: string; errors?: Record<string, string> } = await response
        .json()
        .catch(() => ({}));
      if (response.ok) {
        form.reset();
        restamp();
        tried = false;
        say('ok', m.success);
        return;
      }
      const errors = result.errors ?? {};
      const shown = controls.filter((control) => !mark(control, errors[control.name]));
      const other = Object.entries(errors)
        .filter(([name]) => !controls.some((control) => control.name === name))
        .map(([, reason]) => reason);
      say('error', [result.message ?? m.failed, ...other].join(' '));
      (shown[0] ?? status).focus();
    } catch {
      say('error', m.network);
    } finally {
      button.disabled = false;
    }
  });
}
