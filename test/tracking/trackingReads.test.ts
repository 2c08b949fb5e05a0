import {
  FOLLOW_UP_MARKER, MANAGER_ROSTER_MARKER, TRACKING_READS, isTrackingMarkerCell, trackingSheetOf, trackingSheetsOf, type TrackingRead,
} from '../../src/engine';

const read = (field: TrackingRead['field']): TrackingRead => {
  const found = TRACKING_READS.find((r) => r.field === field);
  if (!found) throw new Error(field);
  return found;
};

const sheet = (name: string, ...markerCells: unknown[]): { name: string; markerCells: unknown[] } => ({ name, markerCells });

describe('TRACKING_READS', () => {
  it('finds a marker-cell sheet by its trimmed marker in A1:A10, the named sheet first, else the first in tab order', () => {
    const sheets = [sheet('copy', null, MANAGER_ROSTER_MARKER), sheet('own', 'title', ` ${MANAGER_ROSTER_MARKER} `), sheet('other', 'x')];
    expect(trackingSheetOf(read('roster'), sheets, 'own')?.name).toBe('own');
    expect(trackingSheetOf(read('roster'), sheets, undefined)?.name).toBe('copy');
    // The named sheet without its marker cell is not the roster: another marked sheet is.
    expect(trackingSheetOf(read('roster'), sheets, 'other')?.name).toBe('copy');
    expect(trackingSheetOf(read('followUpPlan'), sheets, undefined)).toBeUndefined();
    // Row 11 is past the marker rows.
    expect(trackingSheetOf(read('followUpPlan'), [sheet('late', ...new Array(10).fill(null), FOLLOW_UP_MARKER)], undefined)).toBeUndefined();
  });

  it('finds the service log by its marker name alone', () => {
    const sheets = [sheet('服务记录', 'x'), sheet('Log', '客户号')];
    expect(trackingSheetOf(read('serviceLog'), sheets, 'Log')?.name).toBe('Log');
    expect(trackingSheetOf(read('serviceLog'), sheets, undefined)).toBeUndefined();
    expect(isTrackingMarkerCell(read('serviceLog'), '客户号')).toBe(false);
  });

  it('gives the found sheets as TrackingInputs fields, absent ones left out', () => {
    expect(trackingSheetsOf([{ read: read('followUpPlan'), sheetName: 'P', grid: [[FOLLOW_UP_MARKER]] }])).toEqual({ followUpPlan: { sheetName: 'P', grid: [[FOLLOW_UP_MARKER]] } });
    expect(trackingSheetsOf([])).toEqual({});
  });
});
