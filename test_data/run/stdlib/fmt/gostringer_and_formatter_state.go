package main

import (
	"fmt"
	"strconv"
)

type G struct{ n int }

func (g G) GoString() string { return "G(" + strconv.Itoa(g.n) + ")" }

type PG struct{ n int }

func (g *PG) GoString() string { return "PG!" }

type F struct{ s string }

func (f F) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	flags := ""
	for _, c := range "-+# 0" {
		if st.Flag(int(c)) {
			flags += string(c)
		}
	}
	if !wok {
		w = -1 // Go leaves the value unspecified when not set
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(st, "F[%c w=%d,%v p=%d,%v flags=%q %s]", verb, w, wok, p, pok, flags, f.s)
}

type Both struct{}

func (Both) String() string   { return "str" }
func (Both) GoString() string { return "gostr" }
func (Both) Error() string    { return "err" }

type Celsius float64

func (c Celsius) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(s, "%.1f°C", float64(c))
	default:
		fmt.Fprintf(s, "%%!%c(Celsius=%g)", verb, float64(c))
	}
}

type ShowState struct{}

func (ShowState) Format(s fmt.State, verb rune) {
	_, isStringWriter := s.(interface{ WriteString(string) (int, error) })
	fmt.Fprintf(s, "state %T, WriteString %v", s, isStringWriter)
}

type ShowScanState struct{}

func (*ShowScanState) Scan(s fmt.ScanState, verb rune) error {
	fmt.Printf("scan state %T, verb %c\n", s, verb)
	return nil
}

func main() {
	fmt.Println(ShowState{})
	fmt.Sscan("x", &ShowScanState{})
	fmt.Printf("%#v %v %s %d\n", G{1}, G{2}, G{3}, G{4})
	fmt.Printf("%#v %#v\n", []G{{5}, {6}}, map[string]G{"k": {7}})
	fmt.Printf("%#v %#v\n", &PG{1}, PG{2})
	fmt.Printf("%v|%+v|%#v|%s|%q|%x|%d\n", Both{}, Both{}, Both{}, Both{}, Both{}, Both{}, Both{})
	fmt.Printf("%v\n", F{"a"})
	fmt.Printf("%-10.3x\n", F{"b"})
	fmt.Printf("%+#v\n", F{"c"})
	fmt.Printf("% 08d\n", F{"d"})
	fmt.Printf("%*.*s\n", 4, 2, F{"e"})
	fmt.Printf("%[2]v %[1]v\n", F{"x"}, F{"y"})
	fmt.Println(F{"println"}, []F{{"in slice"}})
	fmt.Print(F{"print"}, "\n")
	fmt.Println(fmt.Sprint(Celsius(21.55)), fmt.Sprintf("%v %d", Celsius(-3), Celsius(4)))
	fmt.Println(map[string]Celsius{"a": 1, "b": 2})
	fmt.Printf("%v %s\n", struct{ C Celsius }{5}, []Celsius{6, 7})
}
