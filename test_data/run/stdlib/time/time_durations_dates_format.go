package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Round(time.Minute), time.Duration(1500)*time.Microsecond, time.Duration(0))
	t := time.Date(2009, time.November, 10, 23, 4, 5, 0, time.UTC)
	fmt.Println(t, t.Weekday(), t.YearDay(), t.Unix(), t.Format(time.RFC3339), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	t2 := t.Add(36 * time.Hour)
	fmt.Println(t2.Sub(t), t2.After(t), t2.Format(time.Kitchen), t.AddDate(0, 1, 25).Format("2006-01-02"))
	p, err := time.Parse("2006-01-02 15:04", "2023-03-04 05:06")
	fmt.Println(p, err)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, time.Month(5), time.Saturday)
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond, time.Now().After(start))
	fmt.Println(time.Unix(1700000000, 0).UTC())
}
