/** Record signatures of the zip format (PKWARE APPNOTE 4.3), shared by the reader and the writer. */
export const LOCAL_SIGNATURE = 0x04034b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const EOCD_SIGNATURE = 0x06054b50;
