/**
 * The web pages in English: the source catalogue. Every other language has exactly these keys and,
 * in each text, exactly these `{placeholders}` (test/unit/web/page-catalogues.test.ts).
 */
export const en = {
  'site.title': 'Privacy questions, requests and complaints',
  'nav.languages': 'Language',

  'form.intro':
    'Use this form to exercise your rights under the General Data Protection Regulation (GDPR), to ask a question about our privacy statement, to make a complaint or to report a possible breach of your privacy. We treat your request confidentially.',
  'form.requiredNote': 'All fields are required unless marked optional.',
  'form.typeLegend': 'What would you like to do?',
  'form.aboutYouLegend': 'About you',
  'form.requestLegend': 'Your request',
  'form.notice':
    'We use the details on this form only to handle your request and to answer you. The law requires us to (GDPR, Art. 6(1)(c)), so we do not ask for your consent. How we handle your data, and your rights, are described in our {privacyStatement}.',
  'form.privacyStatement': 'privacy statement',
  'form.submit': 'Send request',
  'form.sending': 'Sending…',

  'type.access.label': 'Right of access',
  'type.access.hint': 'Get a copy of the personal data we process about you.',
  'type.rectification.label': 'Right to rectification',
  'type.rectification.hint': 'Ask us to correct personal data about you that is wrong.',
  'type.erasure.label': "Right to erasure ('right to be forgotten')",
  'type.erasure.hint': 'Ask us to delete personal data about you.',
  'type.restriction.label': 'Right to restriction of processing',
  'type.restriction.hint': 'Ask us to limit how we process your personal data.',
  'type.portability.label': 'Right to data portability',
  'type.portability.hint':
    'Receive your personal data, or have it sent to someone else, in a structured, commonly used and machine-readable format.',
  'type.objection.label': 'Right to object',
  'type.objection.hint':
    'Object to our processing of your personal data based on legitimate interests or for direct marketing, including profiling.',
  'type.marketing_opt_out.label': 'Unsubscribe from marketing and profiling',
  'type.marketing_opt_out.hint':
    'We stop sending you marketing emails and stop using your data for profiling.',
  'type.processor_info.label': 'Overview of our (sub)processors',
  'type.processor_info.hint': 'Get an overview of, and more information about, the processors we use.',
  'type.question.label': 'Question or remark about our privacy statement',
  'type.question.hint': 'Ask a question or leave a remark about our privacy statement.',
  'type.complaint.label': 'Complaint about how we process your data',
  'type.complaint.hint':
    'Tell us if you are unhappy with how we process your personal data; our representative will contact you.',
  'type.breach_report.label': 'Report a possible breach of your privacy',
  'type.breach_report.hint':
    'Tell us straight away if you think your personal data has been lost, leaked or seen by someone who should not have it.',

  'field.optional': '(optional)',
  'field.choose': 'Choose…',
  'field.name': 'Your name',
  'field.email': 'Email address',
  'field.emailHint': 'We answer you at this address. For most requests we first ask you to confirm it.',
  'field.phone': 'Phone number',
  'field.company': 'Customer or company name',
  'field.relationship': 'You are',
  'relationship.customer_user': 'a user of one of our products or services',
  'relationship.customer_employee': 'an employee of one of our customers',
  'relationship.job_applicant': 'a job applicant',
  'relationship.website_visitor': 'a visitor of our website',
  'relationship.marketing_contact': 'someone who receives our marketing',
  'relationship.other': 'other',
  'field.service': 'Which company or service is it about?',
  'field.serviceNone': 'Not sure, or the whole group',
  'field.country': 'Country you live in',
  'field.language': 'Language for our answer',
  'field.message': 'Your message',
  'field.messageHint':
    'Describe your request as precisely as you can, for example which service, account or period it concerns.',
  'field.honeypot': 'Leave this field empty',

  'errors.summaryTitle': 'Please correct the following',
  'error.required': 'This field is required.',
  'error.choice': 'Choose one of the options.',
  'error.tooLong': 'Use at most {max} characters.',
  'error.email': 'Enter an email address like name@example.com.',
  'error.phone': 'Enter a phone number using digits, spaces and + ( ) . / - only.',
  'error.link': 'Leave out web addresses (://).',
  'error.singleLine': 'Write this on one line.',
  'error.hidden': 'Remove hidden or control characters.',
  'error.invalid': 'Check what you entered here.',
  'error.notSent': 'Your request could not be sent. Please try again in a moment.',
  'error.tooMany': 'Many requests arrived just now. Please wait a minute and try again.',
  'errorPage.title': 'Please check your request',

  'done.title': 'Thank you, we have received your request',
  'done.reference':
    'Your reference is {reference}. Please mention it whenever you contact us about this request.',
  'done.due': 'We will answer by {date} at the latest.',
  'done.nextVerify':
    'We have sent you an email. Open the link in it to confirm your email address: we start on your request once you have.',
  'done.nextNoVerify': 'We have sent you a confirmation by email. Our representative will contact you.',
  'done.status':
    'You can follow your request on its {statusLink}. Keep the link to yourself: anyone who has it can read your case.',
  'done.statusLinkText': 'status page',
  'done.duplicate':
    'We had already received this request. We handle it under reference {reference}; the link to its status page is in our first email.',

  'verified.title': 'Thank you, your email address is confirmed',
  'verified.text': 'We are now handling your request {reference}. We will answer by {date} at the latest.',

  'status.title': 'Your request {reference}',
  'status.reference': 'Reference',
  'status.type': 'Request',
  'status.state': 'Status',
  'status.received': 'Received on',
  'status.due': 'We answer by',
  'status.closed': 'Closed on',
  'status.extension1': 'Extended by one month (GDPR, Art. 12(3)).',
  'status.extension2': 'Extended by two months (GDPR, Art. 12(3)).',
  'status.extensionMessage': 'We explained why in our message of {date} below.',
  'status.messages': 'Messages we sent you',
  'status.noMessages': 'We have not sent you any messages yet.',
  'status.export': 'Download your case (JSON)',
  'status.exportHint': 'Everything in your case, in a structured, machine-readable format.',
  'state.awaiting_verification': 'Waiting for you to confirm your email address',
  'state.received': 'Received',
  'state.assigned': 'Being handled',
  'state.waiting_for_requester': 'Waiting for your reply',
  'state.closed': 'Closed',
} as const;

export type PageKey = keyof typeof en;
export type PageCatalogue = Readonly<Record<PageKey, string>>;
