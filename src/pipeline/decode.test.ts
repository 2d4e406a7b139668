import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { cyrillicScore, decode } from './decode.js';
import { PipelineError } from './types.js';

const fixtures = join(process.cwd(), 'test/fixtures/documents');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

const cases: Array<[file: string, charset: string, mustContain: string, mediaType: 'text/html' | 'text/plain']> = [
  ['brest-windows-1251.txt', 'windows-1251', 'Брестская крепость', 'text/plain'],
  ['brest-koi8-r.txt', 'koi8-r', 'Защитники Бреста', 'text/plain'],
  ['odesa-utf8.txt', 'utf-8', 'Оборона Одеси', 'text/plain'],
  ['odesa-utf8-bom.txt', 'utf-8', 'Оборона Одеси', 'text/plain'],
  ['tula-utf16le-bom.txt', 'utf-16le', 'Tula kept its defenders', 'text/plain'],
  ['tula-utf16be-bom.txt', 'utf-16be', 'Tula kept its defenders', 'text/plain'],
  ['tula-utf16le-nobom.txt', 'utf-16le', 'Tula kept its defenders', 'text/plain'],
  ['brest-utf16le-nobom.txt', 'utf-16le', 'Брестская крепость', 'text/plain'],
  ['minsk-page.html', 'utf-8', 'Minsk under occupation', 'text/html'],
];

for (const [file, charset, mustContain, mediaType] of cases) {
  test(`decode: ${file} is ${charset}, ${mediaType}`, () => {
    const d = decode(fixture(file), file);
    assert.equal(d.charset, charset);
    assert.equal(d.mediaType, mediaType);
    assert.ok(d.text.includes(mustContain), d.text.slice(0, 200));
    assert.ok(!d.text.startsWith('\uFEFF'), 'the BOM is not part of the text');
  });
}

// Short lines are where chardet mixes up windows-1251 and KOI8-R; the letter-frequency check decides.
const shortLines = [
  'Керчь - город-герой.',
  'Оборона Севастополя длилась 250 дней.',
  'Город освобождён в 1944 году.',
  'Мурманск',
];
for (const line of shortLines) {
  for (const cs of ['windows-1251', 'koi8-r']) {
    test(`decode: short ${cs} line "${line}"`, () => {
      const d = decode(new Uint8Array(iconv.encode(line, cs)), 'note.txt');
      assert.equal(d.text, line);
      assert.equal(d.charset, cs);
    });
  }
}

test('decode: Latin-1 text that is not UTF-8 is not taken for Cyrillic', () => {
  const d = decode(
    new Uint8Array(iconv.encode('Café au lait, crème brûlée, déjà vu — naïve façade.', 'windows-1252')),
    'fr.txt',
  );
  assert.ok(d.text.includes('crème brûlée'), d.text);
});

test('decode: an HTML page declaring windows-1251 is decoded with it', () => {
  const html =
    '<html><head><meta charset="windows-1251"><title>т</title></head><body><p>Город-герой Тула</p></body></html>';
  const d = decode(new Uint8Array(iconv.encode(html, 'windows-1251')), 'page.htm');
  assert.equal(d.charset, 'windows-1251');
  assert.ok(d.text.includes('Город-герой Тула'));
});

test('decode: HTML is recognised by content when the name says nothing', () => {
  const d = decode(new TextEncoder().encode('<!doctype html><html><body><p>x</p></body></html>'), 'download');
  assert.equal(d.mediaType, 'text/html');
  const p = decode(new TextEncoder().encode('Plain words, with a <b> in the middle.'), 'download');
  assert.equal(p.mediaType, 'text/plain');
});

test('decode: German and Polish in their legacy encodings are not taken for Cyrillic', () => {
  const de = decode(
    new Uint8Array(iconv.encode('Die Straßen wurden später wieder aufgebaut; Größe und Maße blieben.', 'windows-1252')),
    'de.txt',
  );
  assert.ok(de.text.includes('Straßen') && de.text.includes('Größe'), de.text);
  assert.notEqual(de.charset, 'windows-1251');
});

test('cyrillicScore: Latin letters glued to Cyrillic ones mean a mis-decoding', () => {
  assert.equal(cyrillicScore('Cafй au lait, crиme brыlйe'), 0);
  assert.ok(cyrillicScore('Город выстоял') > 30);
});

test('cyrillicScore: real Russian beats its mis-decoding', () => {
  const text = 'Город выстоял в обороне и был освобождён.';
  const wrong = iconv.decode(iconv.encode(text, 'windows-1251'), 'koi8-r');
  assert.ok(cyrillicScore(text) > cyrillicScore(wrong) * 2);
});

const refusals: Array<[name: string, bytes: Uint8Array, code: string, message: RegExp]> = [
  ['empty', new Uint8Array(0), 'empty', /empty/],
  ['white space only', new TextEncoder().encode('  \n\t\n'), 'empty', /white space/],
  ['PNG', fixture('pixel.png'), 'binary', /looks like a PNG image, not a text document/],
  ['JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'binary', /JPEG/],
  ['GIF', new TextEncoder().encode('GIF89a....'), 'binary', /GIF/],
  ['ZIP', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]), 'binary', /ZIP/],
  ['gzip', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]), 'binary', /gzip/],
  ['PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'), 'binary', /PDF/],
  ['NUL bytes', new Uint8Array([0x41, 0x42, 0, 0x43, 0x44, 0x45, 0x46, 0x0a, 0x01, 0]), 'binary', /NUL/],
];
for (const [name, bytes, code, message] of refusals) {
  test(`decode refuses ${name}`, () => {
    assert.throws(
      () => decode(bytes, 'x.bin'),
      (err: unknown) => err instanceof PipelineError && err.code === code && message.test(err.message),
    );
  });
}

test('decode: a text starting with "BM" is not a bitmap', () => {
  assert.equal(decode(new TextEncoder().encode('BMW works were bombed in 1944.'), 'a.txt').mediaType, 'text/plain');
});

test('decode: Ukrainian in windows-1251 keeps its own letters', () => {
  const text = 'Київ отримав звання міста-героя; його захисники трималися понад два місяці.';
  const d = decode(new Uint8Array(iconv.encode(text, 'windows-1251')), 'kyiv.txt');
  assert.equal(d.charset, 'windows-1251');
  assert.equal(d.text, text);
});

test('decode: a charset in an http-equiv Content-Type meta is honoured', () => {
  const html =
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>Оборона Тулы</p></body></html>';
  const d = decode(new Uint8Array(iconv.encode(html, 'koi8-r')), 'tula.html');
  assert.equal(d.charset, 'koi8-r');
  assert.ok(d.text.includes('Оборона Тулы'));
});

test('decode: mixed Russian and English in windows-1251 is still Cyrillic', () => {
  const text = 'Brest Fortress (Брестская крепость) held out from 22 June 1941; the garrison fought on for weeks.';
  const d = decode(new Uint8Array(iconv.encode(text, 'windows-1251')), 'mixed.txt');
  assert.equal(d.text, text);
});
