"""The peer: what an analyst writes today. Parse the SIPRI trade register with pandas and print
Myanmar's 2001-2020 supplier shares (delivered TIV split evenly over the delivery years)."""
import sys
import pandas as pd

path = sys.argv[1]
df = pd.read_csv(path, encoding="latin-1", skiprows=11, dtype=str, keep_default_na=False)
df = df[df["Recipient"] == "Myanmar"]
rows = []
for _, r in df.iterrows():
    years = [y.strip().rstrip("?") for y in r["Year(s) of delivery"].split(";") if y.strip()]
    tiv = r["SIPRI TIV of delivered weapons"].strip()
    if not years or not tiv:
        continue
    each = float(tiv) / len(years)
    for y in years:
        rows.append((r["Supplier"], int(y), each))
d = pd.DataFrame(rows, columns=["supplier", "year", "tiv"])
d = d[(d.year >= 2001) & (d.year <= 2020)]
s = d.groupby("supplier").tiv.sum().sort_values(ascending=False)
print((s / s.sum()).round(3).to_string())
