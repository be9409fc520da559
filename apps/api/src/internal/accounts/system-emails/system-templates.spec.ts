import { loadSystemTemplates, parseSystemTemplate } from './system-templates';

describe('system email templates', () => {
  it('reads the name and subject from the front matter and the rest as the body', () => {
    expect(parseSystemTemplate('hello', '---\nname: Hello\nsubject: Hi ((name))\n---\nDear ((name)),\n\nHello.\n')).toEqual({
      key: 'hello',
      name: 'Hello',
      subject: 'Hi ((name))',
      content: 'Dear ((name)),\n\nHello.',
    });
  });

  it('says what is missing from a file without front matter or a subject', () => {
    expect(() => parseSystemTemplate('bad', 'No front matter')).toThrow('templates/system/bad.md must start with front matter');
    expect(() => parseSystemTemplate('bad', '---\nname: Bad\n---\nBody')).toThrow('needs a name and a subject');
  });

  it('has the sign-in code and invitation emails in templates/system, with their placeholders', () => {
    const templates = new Map(loadSystemTemplates().map((t) => [t.key, t]));
    expect(templates.get('sign-in-code')?.content).toContain('((code))');
    expect(templates.get('invitation')?.content).toContain('((invitation_url))');
    expect(templates.get('invitation')?.subject).toBe('((inviter_name)) has invited you to ((service_name)) on Herald');
  });
});
