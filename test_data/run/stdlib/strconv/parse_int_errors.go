// ParseInt, ParseUint and Atoi: base prefixes with base 0, underscores, every bit size's bounds (the clamped
// value Go returns with ErrRange), bad bases and bit sizes, and the errors' texts, Unwrap and errors.Is.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	type c struct {
		s          string
		base, bits int
	}
	cases := []c{
		{"0x1F", 0, 64}, {"0X1f", 0, 64}, {"0b101", 0, 64}, {"0B101", 0, 64}, {"0o17", 0, 64}, {"0O17", 0, 64},
		{"017", 0, 64}, {"0", 0, 64}, {"-0", 0, 64}, {"+0x10", 0, 64}, {"-0x10", 0, 64}, {"0x", 0, 64}, {"0b", 0, 64},
		{"0o", 0, 64}, {"0x_1", 0, 64}, {"1_000_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"1_", 0, 64},
		{"0_17", 0, 64}, {"1_000", 10, 64}, {"0x1F", 16, 64}, {"1F", 16, 64}, {"zZ", 36, 64}, {"10", 2, 64},
		{"12", 2, 64}, {"", 10, 64}, {"+", 10, 64}, {"-", 10, 64}, {"1", 1, 64}, {"1", 37, 64}, {"1", -1, 64},
		{"1", 10, -1}, {"1", 10, 65}, {"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8},
		{"32767", 10, 16}, {"32768", 10, 16}, {"-2147483649", 10, 32}, {"2147483647", 10, 32},
		{"9223372036854775807", 10, 64}, {"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 64},
		{"-9223372036854775809", 10, 0}, {"99999999999999999999999", 10, 64}, {"-99999999999999999999999", 10, 64},
		{"7fffffffffffffff", 16, 64}, {"8000000000000000", 16, 64}, {"1", 10, 1}, {"-1", 10, 1}, {"-2", 10, 1},
	}
	for _, k := range cases {
		i, err := strconv.ParseInt(k.s, k.base, k.bits)
		u, uerr := strconv.ParseUint(k.s, k.base, k.bits)
		fmt.Printf("%q base %d bits %d: %d %v | %d %v\n", k.s, k.base, k.bits, i, err, u, uerr)
	}
	for _, s := range []string{"18446744073709551615", "18446744073709551616", "255", "256", "-1", "+1"} {
		for _, bits := range []int{0, 8, 64} {
			u, err := strconv.ParseUint(s, 10, bits)
			fmt.Println(s, bits, u, err)
		}
	}
	for _, s := range []string{"123", "-123", "+123", "0123", "12a", "9223372036854775808", "1_2", ""} {
		n, err := strconv.Atoi(s)
		fmt.Println(s, n, err)
	}
	_, err := strconv.Atoi("99999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Unwrap(err) == strconv.ErrRange,
		errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("1", 99, 64)
	fmt.Println(err, errors.Unwrap(err), errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.IntSize, strconv.ErrRange, strconv.ErrSyntax)
}
