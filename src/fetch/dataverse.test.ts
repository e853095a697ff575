import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  datafileRequest, datasetPage, datasetRequest, dataverseRefusal, headRequest, isWebPage, listDatasetFiles, localFileName, probeOrder, tabularFiles, UNGA_DOI,
  verifyChecksum, type DataverseFile,
} from './dataverse.js';

const listing = {
  status: 'OK',
  data: {
    latestVersion: {
      versionNumber: 34,
      versionMinorNumber: 1,
      files: [
        { label: 'README.txt', dataFile: { id: 1, filename: 'README.txt', md5: 'aa' } },
        { label: 'AgreementScoresAll_Jun2024.tab', dataFile: { id: 2, filename: 'AgreementScoresAll_Jun2024.tab', originalFileName: 'AgreementScoresAll_Jun2024.csv', originalFileFormat: 'text/csv' } },
        { label: 'IdealpointestimatesAll_Jun2024.tab', dataFile: { id: 3, filename: 'IdealpointestimatesAll_Jun2024.tab', originalFileName: 'IdealpointestimatesAll_Jun2024.csv', originalFileFormat: 'text/csv', checksum: { type: 'SHA-256', value: 'bb' } } },
        { label: 'Idealpoints_no_unanimous.csv', dataFile: { id: 4, filename: 'Idealpoints_no_unanimous.csv', md5: 'cc' } },
      ],
    },
  },
};

describe('Dataverse listing', () => {
  it('asks by persistent id and lists the latest version', () => {
    expect(datasetRequest('https://dataverse.harvard.edu', UNGA_DOI).url).toBe('https://dataverse.harvard.edu/api/datasets/:persistentId/?persistentId=doi%3A10.7910%2FDVN%2FLEJUQZ');
    const { files, version } = listDatasetFiles(listing, UNGA_DOI);
    expect(version).toBe('34.1');
    expect(files.map((f) => [f.id, f.name, f.ingested, f.checksum?.type ?? null])).toEqual([
      [1, 'README.txt', false, 'MD5'],
      [2, 'AgreementScoresAll_Jun2024.csv', true, null],
      [3, 'IdealpointestimatesAll_Jun2024.csv', true, 'SHA-256'],
      [4, 'Idealpoints_no_unanimous.csv', false, 'MD5'],
    ]);
  });
  it('asks for the original format of an ingested table, and only the head when telling what a table is', () => {
    const files = listDatasetFiles(listing, UNGA_DOI).files;
    expect(datafileRequest('https://dataverse.harvard.edu', files[2]).url).toBe('https://dataverse.harvard.edu/api/access/datafile/3?format=original');
    const plain: DataverseFile = { id: 4, name: 'Idealpoints.csv', ingested: false, checksum: null };
    expect(datafileRequest('https://dataverse.harvard.edu', plain).url).toBe('https://dataverse.harvard.edu/api/access/datafile/4');
    expect(headRequest('https://dataverse.harvard.edu', plain)).toMatchObject({ method: 'GET', headBytes: 65_536, what: 'Dataverse file Idealpoints.csv (its header)' });
  });
  it('looks inside tables only (not the Stata file, codebook or README), likely estimates first, pairs last', () => {
    const names = (fs: DataverseFile[]) => fs.map((f) => f.name);
    const july2025: DataverseFile[] = [
      'AgreementScores.csv', 'IdealPointDyads1946-2025.tab', 'Idealpointestimates1946-2025.tab', 'Idealpointestimates1946-2025.dta', 'Codebook.pdf',
    ].map((name, i) => ({ id: i, name, ingested: false, checksum: null }));
    expect(names(tabularFiles(july2025))).toEqual(['AgreementScores.csv', 'IdealPointDyads1946-2025.tab', 'Idealpointestimates1946-2025.tab']);
    expect(names(probeOrder(july2025))).toEqual(['Idealpointestimates1946-2025.tab', 'AgreementScores.csv', 'IdealPointDyads1946-2025.tab']);
    expect(names(probeOrder(listDatasetFiles(listing, UNGA_DOI).files))).toEqual(['IdealpointestimatesAll_Jun2024.csv', 'Idealpoints_no_unanimous.csv', 'AgreementScoresAll_Jun2024.csv']);
  });
  it('refuses JSON of another shape', () => {
    expect(() => listDatasetFiles({ status: 'ERROR', message: 'not found' }, UNGA_DOI)).toThrow(/not the dataset JSON expected/);
  });
});

describe('refusals: guestbook, login, terms', () => {
  const refusal = dataverseRefusal('https://dataverse.harvard.edu', UNGA_DOI, 'data/unga');
  const page = 'https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/LEJUQZ';
  it('names what Dataverse wants and where to download by hand', () => {
    expect(datasetPage('https://dataverse.harvard.edu/', UNGA_DOI)).toBe(page);
    const m = refusal(403, JSON.stringify({ status: 'ERROR', message: 'You must fill out the guestbook before downloading this file.' }));
    expect(m).toBe(`Dataverse will not hand out this file without a guestbook response (HTTP 403: You must fill out the guestbook before downloading this file.). Download it by hand from ${page}, put it in data/unga, and run \`counterweight import\``);
    expect(refusal(400, '{"status":"ERROR","message":"Guestbook response required"}')).toMatch(/without a guestbook response \(HTTP 400/);
    expect(refusal(401, '')).toMatch(/without a login \(HTTP 401\)/);
    expect(refusal(400, '{"message":"Terms of Use must be accepted"}')).toMatch(/without accepted terms of use/);
  });
  it('leaves other failures to the usual handling (retried or reported by status)', () => {
    expect(refusal(404, '{"status":"ERROR","message":"File not found"}')).toBeNull();
    expect(refusal(500, 'guestbook service down')).toBeNull();
    expect(refusal(400, '{"message":"bad format parameter"}')).toBeNull();
  });
  it('tells a web page (a login form answered with 200) from a table', () => {
    expect(isWebPage(Buffer.from('\n<!DOCTYPE html><html><title>Log In</title>'))).toBe(true);
    expect(isWebPage(Buffer.from('"ccode"\t"iso3c"\n'))).toBe(false);
  });
});

describe('checksums', () => {
  const bytes = Buffer.from('ccode,session\n2,1\n');
  const md5 = createHash('md5').update(bytes).digest('hex');
  it('verifies MD5 and SHA checksums, whatever the case of type and value', () => {
    expect(verifyChecksum(bytes, { type: 'MD5', value: md5.toUpperCase() }, 'f.csv')).toBe(`MD5 ${md5}`);
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    expect(verifyChecksum(bytes, { type: 'SHA-1', value: sha1 }, 'f.csv')).toBe(`SHA-1 ${sha1}`);
  });
  it('throws on a mismatch, and checks nothing without a checksum it knows', () => {
    expect(() => verifyChecksum(bytes.subarray(1), { type: 'MD5', value: md5 }, 'f.csv')).toThrow(/f.csv: MD5 checksum mismatch .*damaged or incomplete/);
    expect(verifyChecksum(bytes, null, 'f.csv')).toBeNull();
    expect(verifyChecksum(bytes, { type: 'UNF', value: 'UNF:6:x' }, 'f.csv')).toBeNull();
  });
});

describe('localFileName', () => {
  it('keeps a CSV or tab-separated name, makes others .csv, and never leaves the folder', () => {
    expect(localFileName('IdealpointestimatesAll_Jun2024.csv')).toBe('IdealpointestimatesAll_Jun2024.csv');
    expect(localFileName('Ideal points.tab')).toBe('Ideal_points.tab');
    expect(localFileName('notes.txt')).toBe('notes.csv');
    expect(localFileName('../../etc/passwd')).toBe('passwd.csv');
  });
});
