import { loadSystemTemplates, parseSystemTemplate } from './system-templates';

describe('system templates', () => {
  it('reads the name and subject from the front matter and the rest as the body; an email when no type is given', () => {
    expect(parseSystemTemplate('hello', '---\nname: Hello\nsubject: Hi ((name))\n---\nDear ((name)),\n\nHello.\n')).toEqual({
      key: 'hello',
      name: 'Hello',
      type: 'email',
      subject: 'Hi ((name))',
      content: 'Dear ((name)),\n\nHello.',
    });
  });

  it('reads a text message without a subject, and a letter with one', () => {
    expect(parseSystemTemplate('text', '---\nname: Text\ntype: sms\n---\nHello ((name))\n')).toMatchObject({ type: 'sms', subject: null });
    expect(parseSystemTemplate('letter', '---\nname: Letter\ntype: letter\nsubject: About you\n---\nHello\n')).toMatchObject({
      type: 'letter',
      subject: 'About you',
    });
  });

  it('says what is missing from a file without front matter or a subject, or with an unknown type', () => {
    expect(() => parseSystemTemplate('bad', 'No front matter')).toThrow('templates/system/bad.md must start with front matter');
    expect(() => parseSystemTemplate('bad', '---\nname: Bad\n---\nBody')).toThrow('needs a name and a subject');
    expect(() => parseSystemTemplate('bad', '---\nname: Bad\ntype: letter\n---\nBody')).toThrow('needs a name and a subject');
    expect(() => parseSystemTemplate('bad', '---\nname: Bad\ntype: fax\nsubject: S\n---\nBody')).toThrow('type must be one of email, sms, letter');
  });

  it('has the sign-in code and invitation emails in templates/system, with their placeholders', () => {
    const templates = new Map(loadSystemTemplates().map((t) => [t.key, t]));
    expect(templates.get('sign-in-code')?.content).toContain('((code))');
    expect(templates.get('invitation')?.content).toContain('((invitation_url))');
    expect(templates.get('invitation')?.subject).toBe('((inviter_name)) has invited you to ((service_name)) on Herald');
  });

  it('R-TR-5: has the confirmations of a person’s changed choices by email, text and letter, each listing the changes', () => {
    const templates = new Map(loadSystemTemplates().map((t) => [t.key, t]));
    expect(['preferences-changed-email', 'preferences-changed-sms', 'preferences-changed-letter'].map((key) => templates.get(key)?.type)).toEqual([
      'email',
      'sms',
      'letter',
    ]);
    for (const key of ['preferences-changed-email', 'preferences-changed-sms', 'preferences-changed-letter'])
      expect(templates.get(key)?.content).toContain('((changes))');
  });
});
