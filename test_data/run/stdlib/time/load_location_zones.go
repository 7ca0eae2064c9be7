// LoadLocation reads the IANA time zone database: daylight saving transitions, zone abbreviations and offsets,
// ZoneBounds, and Go's errors for unknown and invalid names.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "UTC", "", "Etc/GMT+5"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		fmt.Println("==", loc)
		for _, t := range []time.Time{
			time.Date(2022, 1, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2022, 7, 15, 12, 0, 0, 0, time.UTC),
			time.Date(1950, 7, 15, 12, 0, 0, 0, time.UTC),
			time.Date(2100, 7, 15, 12, 0, 0, 0, time.UTC),
		} {
			lt := t.In(loc)
			zn, off := lt.Zone()
			fmt.Println(lt.Format(time.RFC3339), zn, off, lt.IsDST(), lt.Format("MST -0700"))
		}
		start, end := time.Date(2022, 7, 15, 12, 0, 0, 0, loc).ZoneBounds()
		fmt.Println("bounds:", start, "|", end)
	}
	ny, _ := time.LoadLocation("America/New_York")
	// The spring-forward gap and the fall-back overlap.
	fmt.Println(time.Date(2022, 3, 13, 2, 30, 0, 0, ny))
	fmt.Println(time.Date(2022, 11, 6, 1, 30, 0, 0, ny))
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2022-07-04 09:00 EDT", ny)
	fmt.Println(t, err)
	t, err = time.ParseInLocation("2006-01-02 15:04", "2022-12-25 18:00", ny)
	fmt.Println(t, t.UTC(), err)
	for _, bad := range []string{"Not/AZone", "../etc/passwd", "/etc/localtime", "America/"} {
		_, err := time.LoadLocation(bad)
		fmt.Printf("%q: %v\n", bad, err)
	}
	_, err = time.LoadLocationFromTZData("bad", []byte("not tzif"))
	fmt.Println(err)
}
