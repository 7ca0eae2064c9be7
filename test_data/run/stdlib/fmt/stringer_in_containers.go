package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Box struct {
	T    Temp
	Err  error
	List []Temp
}

func main() {
	fmt.Println(Temp(21.55))
	fmt.Println([]Temp{1, 2.25})
	fmt.Println(map[string]Temp{"in": 20, "out": -3})
	b := Box{Temp(5), errors.New("bad sensor"), []Temp{7}}
	fmt.Println(b)
	fmt.Printf("%v %+v\n", b, b)
	fmt.Printf("%s|%d|%x\n", Temp(1), Temp(2), Temp(3))
}
