import { describe, expect, it } from 'vitest';
import { deskLink, renderTemplate, TemplateError } from '../../../../domain/templates/render-template.ts';

describe('renderTemplate', () => {
  it.each([
    ['a value', 'Hi {{name}}', { name: 'Anna' }, 'Hi Anna'],
    ['a shown section', '{{#flag}}yes{{/flag}}', { flag: true }, 'yes'],
    ['a hidden section', 'a{{#flag}}yes{{/flag}}b', { flag: false }, 'ab'],
    ['an inverted section', '{{^flag}}no{{/flag}}', { flag: undefined }, 'no'],
    [
      'a value inside a section',
      '{{#url}}Open {{url}}{{/url}}',
      { url: 'https://x.example/a' },
      'Open https://x.example/a',
    ],
    ['nested sections', '{{#a}}A{{#b}}B{{/b}}{{/a}}', { a: true, b: false }, 'A'],
    ['blank lines left by sections', 'one\n\n{{#x}}\nhidden\n{{/x}}\n\ntwo', { x: false }, 'one\n\ntwo'],
  ])('renders %s', (_, body, values, expected) => {
    expect(renderTemplate({ subject: 's', body }, values).text).toBe(expected);
  });

  it.each([
    ['a missing value', 'Hi {{name}}', {}, /No value for \{\{name\}\}/],
    ['an unclosed section', '{{#a}}x', { a: true }, /Unclosed section/],
    ['an unbalanced section', '{{#a}}x{{/b}}', { a: true }, /Unbalanced section/],
  ])('refuses %s', (_, body, values, message) => {
    expect(() => renderTemplate({ subject: 's', body }, values)).toThrow(TemplateError);
    expect(() => renderTemplate({ subject: 's', body }, values)).toThrow(message);
  });

  const partials = {
    rights: 'You may complain{{#country}} in {{country}}{{/country}}.',
    signature: 'Regards,\n{{> team}}',
    team: 'The team',
    loop: '{{> loop}}',
  };

  it.each([
    ['a partial', 'Hi.\n\n{{> rights}}', {}, 'Hi.\n\nYou may complain.'],
    ['values and sections inside a partial', '{{> rights}}', { country: 'NL' }, 'You may complain in NL.'],
    ['a partial inside a partial', 'Hi.\n\n{{>signature}}', {}, 'Hi.\n\nRegards,\nThe team'],
    ['a partial tag in a value as text', 'Dear {{name}}', { name: '{{> rights}}' }, 'Dear {{> rights}}'],
  ])('renders %s', (_, body, values, expected) => {
    expect(renderTemplate({ subject: 's', body, partials }, values).text).toBe(expected);
  });

  it.each([
    ['an unknown partial', '{{> nope}}', /No partial \{\{> nope\}\}/],
    ['a partial that includes itself', '{{> loop}}', /nested too deep/],
  ])('refuses %s', (_, body, message) => {
    expect(() => renderTemplate({ subject: 's', body, partials }, {})).toThrow(message);
  });

  it('escapes values and literals in HTML and turns desk links into anchors', () => {
    const rendered = renderTemplate(
      { subject: 's', body: 'Dear {{name}} & co,\n\nSee {{url}}' },
      { name: '<b>Eve</b>', url: deskLink('https://desk.example/requests/PD-1?token=a&b') },
    );

    expect(rendered.html).toContain('<p>Dear &lt;b&gt;Eve&lt;/b&gt; &amp; co,</p>');
    expect(rendered.html).toContain(
      '<a href="https://desk.example/requests/PD-1?token=a&amp;b">https://desk.example/requests/PD-1?token=a&amp;b</a>',
    );
    expect(rendered.text).toBe('Dear <b>Eve</b> & co,\n\nSee https://desk.example/requests/PD-1?token=a&b');
  });

  it.each([
    ['a URL in a value', 'https://evil.example/login'],
    ['a URL among words', 'Anna (see http://evil.example)'],
    ['markup for an anchor', '<a href="https://evil.example">x</a>'],
  ])('never turns %s into an anchor', (_, name) => {
    const rendered = renderTemplate({ subject: 's', body: 'Dear {{name}},' }, { name });

    expect(rendered.html).not.toContain('<a');
    expect(rendered.text).toBe(`Dear ${name},`);
  });

  it('never turns a URL written in the template itself into an anchor', () => {
    expect(renderTemplate({ subject: 's', body: 'Read https://x.example' }, {}).html).not.toContain('<a');
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', '/requests/verify'],
  ])('refuses %s as a desk link', (_, url) => {
    expect(() => deskLink(url)).toThrow(TemplateError);
  });

  it('keeps line breaks in values out of the subject', () => {
    const rendered = renderTemplate(
      { subject: 'About {{name}}', body: '' },
      { name: 'Eve\r\nBcc: x@example.com' },
    );

    expect(rendered.subject).toBe('About Eve Bcc: x@example.com');
  });
});
