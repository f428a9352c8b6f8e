#pragma once
// Test-only: NIfTI-1 files written byte by byte, so a test controls every header field: the
// header of an int16 volume, and a sparse volume of any size of which only a few rows are written
// (the rest reads as zeros and takes no disk space).

#include <QByteArray>
#include <QDataStream>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

// The 348-byte NIfTI-1 header of an nx x ny x nz int16 volume with unit spacing, its voxels at
// byte 352 (after four bytes saying there are no extensions).
inline QByteArray niftiInt16Header(int nx, int ny, int nz, float slope = 1.0f, float intercept = 0.0f)
{
    QByteArray header(352, '\0');
    QDataStream out(&header, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << qint32(348);
    out.device()->seek(40);
    out << qint16(3) << qint16(nx) << qint16(ny) << qint16(nz) << qint16(1) << qint16(1) << qint16(1) << qint16(1);
    out.device()->seek(70);
    out << qint16(4) << qint16(16);  // datatype INT16, bitpix
    out.device()->seek(76);
    for (int i = 0; i < 8; ++i)
        out << float(1.0f);
    out.device()->seek(108);
    out << float(352.0f) << slope << intercept;  // vox_offset, scl_slope, scl_inter
    header.replace(344, 4, QByteArray("n+1\0", 4));
    return header;
}

// A sparse nx x ny x nz int16 volume: in each slice k of marked, row j = 5 holds k + i % 7 (stored).
inline bool writeSparseNifti(const QString& path, int nx, int ny, int nz, const QList<int>& marked, float slope = 1.0f,
                             float intercept = 0.0f)
{
    QFile file(path);
    const QByteArray header = niftiInt16Header(nx, ny, nz, slope, intercept);
    if (!file.open(QIODevice::WriteOnly) || file.write(header) != header.size())
        return false;
    const qint64 sliceBytes = qint64(nx) * ny * 2;
    for (int k : marked) {
        QByteArray row;
        QDataStream values(&row, QIODevice::WriteOnly);
        values.setByteOrder(QDataStream::LittleEndian);
        for (int i = 0; i < nx; ++i)
            values << qint16(k + i % 7);
        if (!file.seek(header.size() + sliceBytes * k + qint64(nx) * 2 * 5) || file.write(row) != row.size())
            return false;
    }
    return file.resize(header.size() + sliceBytes * nz);
}
