import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { datafileRequest, datasetRequest, listDatasetFiles, localFileName, pickIdealPointsFile, UNGA_DOI, verifyChecksum, type DataverseFile } from './dataverse.js';

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
  it('picks the all-votes ideal points file and asks for its original format', () => {
    const best = pickIdealPointsFile(listDatasetFiles(listing, UNGA_DOI).files, UNGA_DOI);
    expect(best.id).toBe(3);
    expect(datafileRequest('https://dataverse.harvard.edu', best).url).toBe('https://dataverse.harvard.edu/api/access/datafile/3?format=original');
    const plain: DataverseFile = { id: 4, name: 'Idealpoints.csv', ingested: false, checksum: null };
    expect(datafileRequest('https://dataverse.harvard.edu', plain).url).toBe('https://dataverse.harvard.edu/api/access/datafile/4');
  });
  it('says which files there were when none is the ideal points table', () => {
    const files = listDatasetFiles(listing, UNGA_DOI).files.slice(0, 2);
    expect(() => pickIdealPointsFile(files, UNGA_DOI)).toThrow('Dataverse doi:10.7910/DVN/LEJUQZ: no ideal points CSV among its files (README.txt, AgreementScoresAll_Jun2024.csv)');
  });
  it('refuses JSON of another shape', () => {
    expect(() => listDatasetFiles({ status: 'ERROR', message: 'not found' }, UNGA_DOI)).toThrow(/not the dataset JSON expected/);
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
  it('keeps a CSV name, makes a .tab one a .csv, and never leaves the folder', () => {
    expect(localFileName('IdealpointestimatesAll_Jun2024.csv')).toBe('IdealpointestimatesAll_Jun2024.csv');
    expect(localFileName('Ideal points.tab')).toBe('Ideal_points.csv');
    expect(localFileName('../../etc/passwd')).toBe('passwd.csv');
  });
});
