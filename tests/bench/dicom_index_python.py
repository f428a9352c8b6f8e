#!/usr/bin/python3
"""Peer for the DICOM indexing benchmark: what `medsynth-cli dataset scan --decode` does, written
the way a researcher would with Debian's python3-pydicom and NumPy.

For every file under DIR (sorted walk): read header and pixels with pydicom (files that are not
DICOM are counted as skipped), apply the modality rescale and the file's first window (or the
value range) to get values in [0, 1], add them to a histogram, and group the file by patient,
study and series; then order each series by position along the slice normal (falling back to
instance number). Prints one JSON line: files, skipped, series, histogram total, seconds (the
loop only, without interpreter start-up or imports).
"""
import argparse
import json
import os
import sys
import time
from collections import defaultdict

import numpy as np
import pydicom
from pydicom.errors import InvalidDicomError


def unit_values(ds):
    values = ds.pixel_array.astype(np.float32)
    slope = float(getattr(ds, "RescaleSlope", 1) or 1)
    intercept = float(getattr(ds, "RescaleIntercept", 0) or 0)
    if slope != 1 or intercept != 0:
        values = values * slope + intercept
    center = getattr(ds, "WindowCenter", None)
    width = getattr(ds, "WindowWidth", None)
    if center is not None and width is not None:
        c = float(center[0] if isinstance(center, pydicom.multival.MultiValue) else center)
        w = float(width[0] if isinstance(width, pydicom.multival.MultiValue) else width)
        w = max(w, 1.0)
        out = (values - (c - 0.5)) / (w - 1 if w > 1 else 1) + 0.5
    else:
        low, high = float(values.min()), float(values.max())
        out = (values - low) / (high - low if high > low else 1.0)
    out = np.clip(out, 0.0, 1.0)
    if getattr(ds, "PhotometricInterpretation", "") == "MONOCHROME1":
        out = 1.0 - out
    return out


def slice_key(ds):
    position = getattr(ds, "ImagePositionPatient", None)
    orientation = getattr(ds, "ImageOrientationPatient", None)
    instance = int(getattr(ds, "InstanceNumber", 0) or 0)
    if position is not None and orientation is not None and len(orientation) == 6:
        o = [float(v) for v in orientation]
        normal = np.cross(o[:3], o[3:])
        return (float(np.dot([float(v) for v in position], normal)), instance)
    return (None, instance)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--bins", type=int, default=32)
    args = parser.parse_args()

    start = time.perf_counter()
    series = defaultdict(list)
    histogram = np.zeros(args.bins, dtype=np.int64)
    files = skipped = 0
    for root, dirs, names in os.walk(args.folder):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            try:
                ds = pydicom.dcmread(path)
                if "PixelData" not in ds:
                    raise InvalidDicomError("no pixel data")
                values = unit_values(ds)
            except (InvalidDicomError, ValueError, AttributeError, OSError):
                skipped += 1
                continue
            bins = np.minimum((values * args.bins).astype(np.int64), args.bins - 1)
            histogram += np.bincount(bins.ravel(), minlength=args.bins)
            key = (str(getattr(ds, "PatientID", "")), str(getattr(ds, "StudyInstanceUID", "")),
                   str(getattr(ds, "SeriesInstanceUID", "")), int(ds.Rows), int(ds.Columns))
            series[key].append((slice_key(ds), path))
            files += 1
    for members in series.values():
        if all(k[0] is not None for k, _ in members):
            members.sort(key=lambda m: (m[0][0], m[0][1]))
        else:
            members.sort(key=lambda m: m[0][1])
    seconds = time.perf_counter() - start
    print(json.dumps({"files": files, "skipped": skipped, "series": len(series),
                      "histogram_values": int(histogram.sum()), "seconds": seconds,
                      "pydicom": pydicom.__version__, "numpy": np.__version__}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
