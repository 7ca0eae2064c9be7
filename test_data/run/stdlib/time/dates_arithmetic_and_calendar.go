// Date normalisation, Unix/UnixMilli/UnixMicro/UnixNano round trips, Add/Sub/AddDate, comparisons,
// Truncate/Round of times, Weekday, YearDay, ISOWeek, Clock/Date accessors, UTC/In/FixedZone, IsZero.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1e9+1, time.UTC))
	fmt.Println(time.Date(2024, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2000, 1, 1, 0, 0, -1, 0, time.UTC))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).Unix())

	for _, sec := range []int64{0, 1, -1, 1e9, 1700000000, -62135596800, 253402300799} {
		t := time.Unix(sec, 0).UTC()
		fmt.Println(sec, t, t.Unix(), t.UnixMilli(), t.Weekday(), t.YearDay())
	}
	fmt.Println(time.Unix(0, 1500).UTC(), time.Unix(1, -1).UTC(), time.Unix(0, 3e9+7).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC())
	big := time.Unix(0, math.MaxInt64).UTC()
	fmt.Println(big, big.UnixNano(), big.UnixMicro())
	fmt.Println(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())

	t := time.Date(2020, time.February, 28, 22, 30, 15, 250000000, time.UTC)
	fmt.Println(t.Add(90*time.Minute), t.Add(-24*time.Hour*365))
	fmt.Println(t.AddDate(0, 0, 1), t.AddDate(0, 0, 2), t.AddDate(1, 0, 1), t.AddDate(0, -3, 0), t.AddDate(-2020, 0, 0))
	u := t.Add(1234567 * time.Millisecond)
	fmt.Println(u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.In(time.FixedZone("Z", 3600))), t == t.UTC())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)))

	for _, d := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Second} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}

	for _, day := range []time.Time{
		time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 4, 0, 0, 0, 0, time.UTC),
		time.Date(2016, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
	} {
		y, w := day.ISOWeek()
		yy, mm, dd := day.Date()
		fmt.Println(day.Format("2006-01-02"), day.Weekday(), day.YearDay(), y, w, yy, mm, dd)
	}
	h, m, s := t.Clock()
	fmt.Println(h, m, s, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Year(), t.Month(), t.Day())

	est := time.FixedZone("EST", -5*3600)
	te := t.In(est)
	name, off := te.Zone()
	fmt.Println(te, name, off, te.Location(), te.UTC(), te.Equal(t), te.IsDST())
	start, end := te.ZoneBounds()
	fmt.Println(start.IsZero(), end.IsZero())
	fmt.Println(time.UTC, time.UTC.String(), est.String(), time.FixedZone("", 3600), time.Time{}.IsZero(), t.IsZero())
	fmt.Println(time.Time{}.Unix(), time.Time{}.Location(), time.Time{}.Weekday())
	for m := time.January; m <= time.December+1; m++ {
		fmt.Print(m.String()[:3], " ")
	}
	fmt.Println(time.Month(0), time.Month(13), time.Weekday(7), time.Sunday)

	b, err := t.MarshalText()
	fmt.Println(string(b), err)
	var back time.Time
	fmt.Println(back.UnmarshalText([]byte("2001-02-03T04:05:06.7+08:00")), back)
	j, err := te.MarshalJSON()
	fmt.Println(string(j), err)
	fmt.Println(back.UnmarshalJSON([]byte(`"bad"`)))
	bin, _ := te.MarshalBinary()
	var fromBin time.Time
	fmt.Println(len(bin), fromBin.UnmarshalBinary(bin), fromBin.Equal(te))
}
