// time.Parse and ParseInLocation: the predefined layouts, fractional seconds, zone offsets and names, 12-hour
// clocks, day-of-year, and Go's ParseError texts for malformed input and out-of-range fields.
package main

import (
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Printf("%q %q: error: %v\n", layout, value, err)
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q %q: %s (zone %q %d) unix %d ns %d\n", layout, value, t.Format(time.RFC3339Nano), name, off,
		t.Unix(), t.Nanosecond())
}

func main() {
	show(time.RFC3339, "2006-01-02T15:04:05Z")
	show(time.RFC3339, "2006-01-02T15:04:05+07:00")
	show(time.RFC3339Nano, "2006-01-02T15:04:05.999999999-07:00")
	show(time.RFC3339, "2006-01-02T15:04:05.123Z")
	show(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST")
	show(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC")
	show(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700")
	show(time.RFC822, "02 Jan 06 15:04 PST")
	show(time.RFC850, "Monday, 02-Jan-06 15:04:05 GMT")
	show(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	show(time.UnixDate, "Mon Jan  2 15:04:05 UTC 2006")
	show(time.RubyDate, "Mon Jan 02 15:04:05 +0100 2006")
	show(time.Kitchen, "3:04PM")
	show(time.Kitchen, "12:00am")
	show(time.Stamp, "Feb  3 04:05:06")
	show(time.StampMicro, "Feb  3 04:05:06.123456")
	show("2006-01-02", "2024-02-29")
	show("2006-002", "2024-060")
	show("2006-01-02 15:04:05.000", "2020-05-06 07:08:09.012")
	show("2006-01-02 15:04:05,000", "2020-05-06 07:08:09,012")
	show("2006-01-02 15:04:05", "2020-05-06 07:08:09.5")
	show("Jan _2 2006", "Feb  9 2021")
	show("January 2, 2006 3:04 PM", "March 15, 2022 11:30 PM")
	show("2006-01-02T15:04:05Z07:00", "2021-03-04T05:06:07-08:30")
	show("2006-01-02 -0700 MST", "2021-03-04 +0530 IST")
	show("06-1-2", "99-12-31")
	show("06-1-2", "68-1-1")
	show("06-1-2", "69-1-1")

	// Errors.
	show(time.RFC3339, "2006-01-02")
	show(time.RFC3339, "not a time")
	show("2006-01-02", "2006-13-01")
	show("2006-01-02", "2006-02-30")
	show("2006-01-02", "2006-01-32")
	show("15:04:05", "25:00:00")
	show("15:04:05", "12:61:00")
	show("15:04:05", "12:00:61")
	show("2006-01-02", "2006-01-02 extra")
	show("Mon Jan 2", "Fri Jan 2")
	show("Jan", "Foo")
	show("2006-002", "2023-366")
	show("2006-01-02 002", "2024-02-01 033")
	show("3:04PM", "13:04PM")
	show("3:04PM", "1:04XM")
	show(time.RFC3339, "2006-01-02T15:04:05+25:00")
	show(time.RFC3339, "2006-01-02T15:04:05.Z")
	show("2006-01-02 15:04:05.000", "2020-05-06 07:08:09.01")
	show("", "x")
	show("", "")

	loc := time.FixedZone("CET", 3600)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2022-07-01 10:00", loc)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04 MST", "2022-07-01 10:00 CET", loc)
	fmt.Println(t, err)
	t, err = time.ParseInLocation(time.RFC3339, "2022-07-01T10:00:00+02:00", loc)
	fmt.Println(t, err)

	_, err = time.Parse("2006-01-02", "2006-1-02")
	if pe, ok := err.(*time.ParseError); ok {
		fmt.Printf("ParseError{Layout:%q Value:%q LayoutElem:%q ValueElem:%q Message:%q}\n", pe.Layout, pe.Value,
			pe.LayoutElem, pe.ValueElem, pe.Message)
	}
}
