import { downloadFile } from './download';

describe('downloadFile', () => {
  let clicked: { href: string; download: string; inPage: boolean }[];

  beforeEach(() => {
    clicked = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inPage: document.body.contains(this) });
    });
  });

  it('saves text as a file from memory, and lets the object URL go afterwards', async () => {
    const revoke = spyOn(URL, 'revokeObjectURL').and.callThrough();
    downloadFile(document, 'tend-check-ins.csv', 'day,mood\n2026-12-07,4', 'text/csv;charset=utf-8');
    expect(clicked.length).toBe(1);
    expect(clicked[0].download).toBe('tend-check-ins.csv');
    expect(clicked[0].href).toMatch(/^blob:/);
    expect(clicked[0].inPage).toBeTrue();
    expect(document.querySelector('a[download]')).toBeNull();
    const text = await (await fetch(clicked[0].href)).text();
    expect(text).toBe('day,mood\n2026-12-07,4');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(revoke).toHaveBeenCalledWith(clicked[0].href);
  });

  it('saves bytes with their type, and a data URL as it is', async () => {
    downloadFile(document, 'certificate.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'application/pdf');
    const blob = await (await fetch(clicked[0].href)).blob();
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));

    downloadFile(document, 'chart.png', 'data:image/png;base64,iVBORw0KGgo=', 'image/png');
    expect(clicked[1].href).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(clicked[1].download).toBe('chart.png');
  });
});
