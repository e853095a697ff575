"""The peer for the trade import: pandas.read_excel over every IMF Direction of Trade workbook
(both sheets), as an analyst would load them. Prints the number of rows read."""
import glob
import os
import sys

import pandas as pd

folder = sys.argv[1]
rows = 0
for path in sorted(glob.glob(os.path.join(folder, "DOTS_*.xlsx"))):
    for sheet in pd.read_excel(path, sheet_name=None, header=None).values():
        rows += len(sheet)
print(rows)
