// Time.Format with every predefined layout and the layout elements one by one (padding, 12-hour clock,
// fractional seconds with 0s and 9s, zone names and offsets), in UTC and in fixed zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2023, time.January, 2, 3, 4, 5, 0, time.FixedZone("EST", -5*3600)),
		time.Date(1999, time.December, 31, 12, 0, 0, 1000, time.FixedZone("", 5*3600+30*60)),
		time.Date(-1, time.March, 1, 0, 0, 0, 0, time.UTC),
		time.Date(12345, time.July, 4, 15, 9, 7, 500000000, time.FixedZone("X", -(9*3600 + 30*60 + 15))),
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano,
	}
	for _, t := range times {
		fmt.Println("==", t)
		for _, l := range layouts {
			fmt.Printf("%-36q %s\n", l, t.Format(l))
		}
	}
	elems := []string{
		"2006 06 01 1 Jan January 02 2 _2 __2 002 Mon Monday",
		"15 3 03 4 04 5 05 PM pm",
		".0 .00 .000 .000000 .000000000 .9 .99 .999 .999999 .999999999 ,000 ,999",
		"MST Z07:00 Z0700 Z07 Z07:00:00 -07:00 -0700 -07 -07:00:00",
		"literal text: 2006-01-02T15:04:05 (no elements: xyz)",
		"",
	}
	for _, t := range times {
		for _, l := range elems {
			fmt.Printf("%q\n", t.Format(l))
		}
	}
	t := times[0]
	fmt.Println(string(t.AppendFormat([]byte("when: "), time.Kitchen)))
	fmt.Println(t.String())
	fmt.Printf("%v|%s|%d\n", t, t.Month(), t.Month())
	fmt.Println(t.GoString())
	fmt.Println(time.Time{}.Format(time.RFC3339Nano), time.Time{})
	for h := 0; h < 24; h += 5 {
		fmt.Print(time.Date(2000, 1, 1, h, 0, 0, 0, time.UTC).Format("3PM 03pm|"))
	}
	fmt.Println()
}
