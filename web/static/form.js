// The web form, better with JavaScript: checks each field with the server's own limits
// (submission-limits.json, generated from the submission schema), sends JSON with one
// Idempotency-Key per form view, shows the server's field errors without a reload and the
// confirmation in place. Without this script the form posts as a plain HTML form.
// No innerHTML anywhere: the page runs under a Trusted Types CSP.

const form = document.getElementById('request-form');
if (form instanceof HTMLFormElement) enhance(form);

function enhance(form) {
  const idempotencyKey = crypto.randomUUID();
  const summary = document.getElementById('error-summary');
  const button = form.querySelector('button[type="submit"]');
  const textOf = (key) => form.dataset[`text${camel(key)}`] ?? key;
  const labelOf = (field) => form.dataset[`label${camel(field)}`] ?? field;
  let limits;
  const limitsLoaded = fetch(new URL('./submission-limits.json', import.meta.url))
    .then((response) => response.json())
    .then((json) => {
      limits = json;
    })
    .catch(() => undefined);

  // Only the fields the chosen request type needs; without a choice, all of them.
  const showFieldsFor = (type) => {
    for (const wrapper of form.querySelectorAll('[data-types]')) {
      const needed = !type || wrapper.dataset.types.split(' ').includes(type);
      wrapper.hidden = !needed;
      for (const control of wrapper.querySelectorAll('input, select, textarea')) control.disabled = !needed;
    }
  };
  const chosenType = () => form.querySelector('input[name="type"]:checked')?.value;
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'type') showFieldsFor(chosenType());
  });
  showFieldsFor(chosenType());

  const message = (key, values = {}) =>
    textOf(key).replace(/\{(\w+)\}/g, (_whole, name) => String(values[name] ?? ''));

  // The same checks as the server, in the same order: required, length, pattern, refinements.
  const checkField = (name) => {
    const rule = limits?.fields[name];
    if (!rule) return undefined;
    if (name === 'type') return chosenType() ? undefined : message('error.choice');
    const control = form.elements.namedItem(name);
    if (!control || control.disabled) return undefined;
    const value = control.value.trim();
    if (value === '') {
      if (!rule.required) return undefined;
      return message(control instanceof HTMLSelectElement ? 'error.choice' : 'error.required');
    }
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      return message('error.tooLong', { max: rule.maxLength });
    }
    if (rule.options && !rule.options.includes(value)) return message('error.choice');
    if (rule.pattern && !new RegExp(rule.pattern).test(name === 'country' ? value.toUpperCase() : value)) {
      if (name === 'email') return message('error.email');
      if (name === 'phone') return message('error.phone');
      return message('error.choice');
    }
    for (const check of rule.checks) {
      const { pattern, key } = limits.checks[check];
      if (new RegExp(pattern).test(value)) return message(key);
    }
    return undefined;
  };

  const fieldNames = () => Object.keys(limits?.fields ?? {});
  const anchorOf = (field) => (field === 'type' ? form.querySelector('input[name="type"]')?.id : field);

  const clearErrors = () => {
    for (const error of form.querySelectorAll('.field-error')) error.remove();
    for (const wrapper of form.querySelectorAll('.invalid')) wrapper.classList.remove('invalid');
    for (const control of form.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid');
      const ids = (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => !id.endsWith('-error'));
      if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
      else control.removeAttribute('aria-describedby');
    }
    summary.querySelector('ul').replaceChildren();
    summary.hidden = true;
  };

  const markField = (field, text) => {
    const error = document.createElement('span');
    error.className = 'field-error';
    error.id = `${field}-error`;
    error.textContent = text;
    if (field === 'type') {
      const fieldset = document.getElementById('type');
      fieldset.querySelector('legend').after(error);
      fieldset.setAttribute('aria-describedby', error.id);
      fieldset.classList.add('invalid');
      return;
    }
    const control = form.elements.namedItem(field);
    if (!(control instanceof HTMLElement)) return;
    control.before(error);
    control.setAttribute('aria-invalid', 'true');
    const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    control.setAttribute('aria-describedby', [...ids, error.id].join(' '));
    control.closest('.field')?.classList.add('invalid');
  };

  const showErrors = (errors, formError) => {
    clearErrors();
    const list = summary.querySelector('ul');
    if (formError) {
      const item = document.createElement('li');
      item.textContent = formError;
      list.append(item);
    }
    for (const { field, text } of errors) {
      markField(field, text);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${anchorOf(field)}`;
      link.textContent = `${labelOf(field)}: ${text}`;
      item.append(link);
      list.append(item);
    }
    summary.hidden = false;
    summary.focus();
  };

  // A link in the summary moves focus to its field, not only the view.
  summary.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    const target = document.getElementById(link.getAttribute('href').slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  });

  // Inline: an error goes as soon as the field is right; a new one appears when the field is left.
  // (Errors never appear or move while a control is being clicked: the layout would shift under it.)
  const recheck = (event) => {
    const control = event.target;
    if (!(control instanceof HTMLElement) || !control.name || !limits?.fields[control.name]) return;
    const field = control.name;
    const current = document.getElementById(`${field}-error`);
    const error = checkField(field);
    if (!error) {
      if (!current) return;
      current.remove();
      control.removeAttribute('aria-invalid');
      const ids = (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => id !== current.id);
      if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
      else control.removeAttribute('aria-describedby');
      (field === 'type' ? document.getElementById('type') : control.closest('.field'))?.classList.remove(
        'invalid',
      );
      if (field === 'type') document.getElementById('type').removeAttribute('aria-describedby');
      return;
    }
    if (event.type !== 'focusout' || current?.textContent === error) return;
    current?.remove();
    markField(field, error);
  };
  form.addEventListener('focusout', recheck);
  form.addEventListener('input', recheck);
  form.addEventListener('change', recheck);

  const translateIssue = (issue, submitted) => {
    if (typeof submitted !== 'string' || submitted.trim() === '') {
      return message(
        ['type', 'relationship', 'country', 'language', 'service'].includes(issue.field)
          ? 'error.choice'
          : 'error.required',
      );
    }
    for (const [pattern, key] of limits?.issueKeys ?? []) {
      const match = new RegExp(pattern).exec(issue.message);
      if (match) return message(key, { max: match[1] ?? '' });
    }
    return message('error.invalid');
  };

  const showConfirmation = (answer) => {
    const template = document.getElementById('done');
    const done = template.content.cloneNode(true);
    const date = new Intl.DateTimeFormat(form.dataset.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${answer.targetDate}T12:00:00Z`),
    );
    for (const slot of done.querySelectorAll('[data-slot="reference"]')) slot.textContent = answer.reference;
    for (const slot of done.querySelectorAll('[data-slot="date"]')) slot.textContent = date;
    for (const link of done.querySelectorAll('[data-slot-href="statusUrl"]'))
      link.href = answer.statusUrl ?? '#';
    const shown = new Set(
      answer.duplicate
        ? ['duplicate']
        : [
            'new',
            answer.verificationRequired ? 'verify' : 'noverify',
            ...(answer.statusUrl ? ['status'] : []),
          ],
    );
    for (const paragraph of done.querySelectorAll('[data-when]')) {
      if (!shown.has(paragraph.dataset.when)) paragraph.remove();
    }
    const main = document.getElementById('main');
    main.replaceChildren(done);
    const title = document.getElementById('confirmation-title');
    document.title = title.textContent;
    title.focus();
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await limitsLoaded;
    if (!limits) {
      // Without the limits the script cannot check anything: let the server do it.
      form.submit();
      return;
    }
    const errors = fieldNames()
      .map((field) => ({ field, text: checkField(field) }))
      .filter((error) => error.text !== undefined);
    if (errors.length > 0) {
      showErrors(errors);
      return;
    }
    const body = Object.fromEntries(new FormData(form));
    button.disabled = true;
    button.textContent = textOf('form.sending');
    form.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': idempotencyKey,
        },
        body: JSON.stringify(body),
      });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 200 || response.status === 201) {
        showConfirmation(answer);
        return;
      }
      if (response.status === 400 && Array.isArray(answer.issues)) {
        const fields = new Set(fieldNames());
        const issues = answer.issues.filter((issue) => fields.has(issue.field));
        const seen = new Set();
        const fieldErrors = issues
          .filter((issue) => !seen.has(issue.field) && seen.add(issue.field))
          .map((issue) => ({ field: issue.field, text: translateIssue(issue, body[issue.field]) }));
        showErrors(fieldErrors, fieldErrors.length === 0 ? message('error.notSent') : undefined);
        return;
      }
      showErrors([], message(response.status === 429 ? 'error.tooMany' : 'error.notSent'));
    } catch {
      showErrors([], message('error.notSent'));
    } finally {
      button.disabled = false;
      button.textContent = textOf('form.submit');
      form.removeAttribute('aria-busy');
    }
  });
}

/** `error.tooLong` → `ErrorTooLong`, the dataset name of `data-text-error-too-long`. */
function camel(key) {
  return key
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
