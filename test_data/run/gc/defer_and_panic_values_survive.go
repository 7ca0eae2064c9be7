package main

import (
	"errors"
	"fmt"
)

type detail struct {
	msg  string
	data []int
}

func risky(i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			for j := 0; j < 50; j++ {
				_ = make([]byte, 128)
			}
			d := r.(*detail)
			err = fmt.Errorf("recovered %s %v", d.msg, d.data)
		}
	}()
	if i%2 == 0 {
		panic(&detail{fmt.Sprint("odd-", i), []int{i, i + 1}})
	}
	return errors.New(fmt.Sprint("plain-", i))
}

func main() {
	for i := 0; i < 6; i++ {
		fmt.Println(risky(i))
	}
}
