import { contactUri, dialableNumber, smsUri, telUri } from './contact-uri';

describe('telUri', () => {
  const examples: [string, string][] = [
    ['988', 'tel:988'],
    ['9-8-8', 'tel:988'],
    ['000', 'tel:000'],
    ['116 123', 'tel:116123'],
    ['+1 (888) 409-0141', 'tel:+18884090141'],
    ['+61.477.131.114', 'tel:+61477131114'],
  ];
  for (const [number, uri] of examples) {
    it(`writes ${number} as ${uri}`, () => expect(telUri(number)).toBe(uri));
  }
});

describe('smsUri', () => {
  it('writes a bare recipient when there is no body', () => {
    expect(smsUri('85258')).toBe('sms:85258');
  });

  it('adds the keyword as an RFC 5724 body field', () => {
    expect(smsUri('741741', 'HOME')).toBe('sms:741741?body=HOME');
  });

  it('percent-encodes everything outside the RFC 3986 unreserved set', () => {
    expect(smsUri('988', "I'm here (now)!")).toBe('sms:988?body=I%27m%20here%20%28now%29%21');
    expect(smsUri('988', 'a&b=c?')).toBe('sms:988?body=a%26b%3Dc%3F');
  });

  it('treats an empty body as none', () => {
    expect(smsUri('988', '')).toBe('sms:988');
  });
});

describe('dialableNumber', () => {
  const invalid = ['', '12', 'abc', 'tel:988', '988;ext=1', '+1234567890123456', '98 8x'];
  for (const number of invalid) {
    it(`refuses "${number}"`, () => expect(() => dialableNumber(number)).toThrowError(RangeError));
  }
});

describe('contactUri', () => {
  it('calls with tel: and texts with sms:', () => {
    expect(contactUri({ kind: 'call', display: '1-888-409-0141', dial: '+18884090141' })).toBe(
      'tel:+18884090141',
    );
    expect(contactUri({ kind: 'text', display: '741741', dial: '741741', body: 'HOME' })).toBe(
      'sms:741741?body=HOME',
    );
  });
});
