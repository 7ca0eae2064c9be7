// Duration: String for every magnitude and sign, the unit conversions, Truncate/Round/Abs, and ParseDuration
// with every unit, fractions, signs and Go's error texts.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500 * time.Microsecond, time.Millisecond, time.Second, 90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -time.Nanosecond, -90 * time.Minute,
		math.MaxInt64, math.MinInt64, 100 * time.Hour, 1<<63 - 1 - 1e9,
	}
	for _, d := range ds {
		fmt.Printf("%v | %d | h=%g m=%g s=%g ms=%d us=%d ns=%d\n", d, int64(d), d.Hours(), d.Minutes(), d.Seconds(),
			d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	for _, m := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, 10 * time.Minute, time.Hour, 3 * time.Hour} {
		fmt.Println(m, d.Truncate(m), d.Round(m), (-d).Truncate(m), (-d).Round(m))
	}
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println(time.Duration(-5).Abs(), time.Duration(math.MinInt64).Abs(), time.Duration(7).Abs())

	for _, s := range []string{
		"0", "5s", "30s", "1478s", "-5s", "+5s", "-0", "+0", "5.0s", "5.6s", "5.s", ".5s", "1.0s", "1.00s",
		"1.004s", "1.0040s", "100.00100s", "10ns", "11us", "12µs", "12μs", "13ms", "14s", "15m", "16h", "3h30m",
		"10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns", "39h9m14.425s", "52763797000ns", "0.3333333333333333333h",
		"9007199254740993ns", "9223372036854775807ns", "9223372036854775.807us", "9223372036854.775807ms",
		"-9223372036854775808ns", "-9223372036854775.808us", "0.100000000000000000000h",
		"0.830103483285477580700h",
		// errors
		"", "3", "-", "s", ".", "-.", ".s", "+.s", "3000000h", "9223372036854775808ns",
		"9223372036854775.808us", "-9223372036854775809ns", "1d", "1.2.3s", "5 s", "\x85\x85",
	} {
		v, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, v, err)
	}
}
