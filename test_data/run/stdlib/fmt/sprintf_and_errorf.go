package main

import (
	"errors"
	"fmt"
)

func main() {
	s := fmt.Sprintf("%s-%d-%.1f", "a", 7, 2.25)
	fmt.Println(s, len(s))
	base := errors.New("base failure")
	err := fmt.Errorf("layer 2: %w", base)
	err2 := fmt.Errorf("layer 3: %v", err)
	fmt.Println(err)
	fmt.Println(err2)
	fmt.Printf("%v|%s|%q\n", base, base, base)
	fmt.Println(fmt.Sprint(err) == err.Error())
}
